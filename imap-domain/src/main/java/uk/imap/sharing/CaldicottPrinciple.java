package uk.imap.sharing;

/** R14: the principles a disclosure confirms, each by the key API.md gives it, with the words people confirm. */
public enum CaldicottPrinciple {
    JUSTIFIED_PURPOSE("justifiedPurpose", "The purpose of sharing is justified"),
    IDENTIFIABLE_ONLY_WHEN_NECESSARY("identifiableOnlyWhenNecessary",
            "Information that identifies people is shared only where it is necessary"),
    MINIMUM_NECESSARY("minimumNecessary", "Only the minimum necessary information is shared"),
    NEED_TO_KNOW_ACCESS("needToKnowAccess", "Access is on a strict need-to-know basis"),
    RESPONSIBILITIES_UNDERSTOOD("responsibilitiesUnderstood",
            "Everyone with access understands their responsibilities"),
    LAW_COMPLIED("lawComplied", "Sharing complies with the law"),
    DUTY_TO_SHARE("dutyToShare",
            "The duty to share information is as important as the duty to protect confidentiality"),
    SERVICE_USERS_INFORMED("serviceUsersInformed",
            "People are informed about how their information is used, unless that would put someone at risk");

    private final String key;
    private final String statement;

    CaldicottPrinciple(String key, String statement) {
        this.key = key;
        this.statement = statement;
    }

    public String key() {
        return key;
    }

    public String statement() {
        return statement;
    }

    public static CaldicottPrinciple ofKey(String key) {
        for (CaldicottPrinciple principle : values()) {
            if (principle.key.equals(key)) {
                return principle;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
