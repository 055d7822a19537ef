package uk.imap.sharing;

/** What a request asks for and what a shared item is (API.md "Information categories"). */
public enum InformationCategory {
    CRIMINAL_HISTORY("Criminal history"),
    POLICE_INTELLIGENCE("Police intelligence"),
    DOMESTIC_ABUSE_INCIDENTS("Domestic abuse incidents"),
    HEALTH("Health"),
    MENTAL_HEALTH("Mental health"),
    ATTENDANCE("School attendance"),
    EDUCATION_WELFARE("Education welfare"),
    HOUSING("Housing"),
    SOCIAL_CARE_HISTORY("Social care history"),
    PROBATION_SUPERVISION("Probation supervision"),
    HOUSEHOLD_COMPOSITION("Household composition"),
    OTHER("Other");

    private final String label;

    InformationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
