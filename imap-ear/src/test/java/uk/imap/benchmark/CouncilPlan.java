package uk.imap.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.HubScenario;

/**
 * What a big council's hub holds, decided from a seed alone, so that anyone who runs the generator gets the same
 * hub: at scale 1, 100,000 enquiries (about 250,000 people on them and 300,000 requests to 11 partner agencies), and
 * 2,000 accounts across the roles. Each enquiry's plan depends on the seed and its number only, never on the order
 * in which the generator's threads reach it. The number of enquiries may be set apart from the scale, to make a
 * council's accounts alone (for the users × roles report) or more enquiries for fewer people.
 */
record CouncilPlan(long seed, double scale, int enquiries) {

    /** The hub at {@code scale}: 100,000 enquiries at scale 1. */
    static CouncilPlan of(long seed, double scale) {
        return new CouncilPlan(seed, scale, Math.max(1, (int) Math.round(100_000 * scale)));
    }

    /** The agencies the hub asks (the hub itself is children's social care), with what each is asked for. */
    static final List<String[]> AGENCIES = List.of(
            new String[] {"POLICE", "DOMESTIC_ABUSE_INCIDENTS"}, new String[] {"HEALTH", "HEALTH"},
            new String[] {"EDUCATION", "ATTENDANCE"}, new String[] {"PROBATION", "PROBATION_SUPERVISION"},
            new String[] {"HOUSING", "HOUSING"}, new String[] {"YOUTH_JUSTICE", "CRIMINAL_HISTORY"},
            new String[] {"ADULT_SOCIAL_CARE", "SOCIAL_CARE_HISTORY"}, new String[] {"MENTAL_HEALTH", "MENTAL_HEALTH"},
            new String[] {"SUBSTANCE_MISUSE", "OTHER"}, new String[] {"EARLY_HELP", "HOUSEHOLD_COMPOSITION"},
            new String[] {"DOMESTIC_ABUSE_SERVICE", "DOMESTIC_ABUSE_INCIDENTS"});

    static final List<String> GIVEN_NAMES = List.of("Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
            "Florence", "Willow", "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie",
            "Henry", "Theodore", "Jack", "Charlie", "Aisha", "Zara", "Maya", "Kacper", "Zofia", "Ravi", "Priya");
    static final List<String> FAMILY_NAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Ahmed", "Nowak", "Kowalski", "Hughes", "Edwards",
            "Lewis", "Hill", "Moore");
    static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane", "Park Avenue",
            "Victoria Road", "Green Lane", "Manor Road", "Mill Lane", "School Lane", "The Crescent");
    static final List<String> OUTCOMES = List.of("NO_FURTHER_ACTION", "EARLY_HELP", "S17_ASSESSMENT",
            "REFERRAL_TO_ANOTHER_SERVICE", "OTHER");
    static final List<String> THRESHOLDS = List.of("BELOW_THRESHOLD", "EARLY_HELP", "S17_CHILD_IN_NEED",
            "S47_SIGNIFICANT_HARM");
    static final List<String> RELATIVES = List.of("MOTHER", "FATHER", "SIBLING");

    /** One account to make: a name of its own, its role, agency and team. */
    record Account(String username, String role, String agency, String team) {
    }

    /** One person on an enquiry. */
    record Person(String kind, String givenName, String familyName, LocalDate dateOfBirth, String address,
                  String relationship) {
    }

    /** How far an enquiry gets: a draft, opened, agencies asked, answered, or closed with an outcome. */
    enum Stage { DRAFT, OPENED, ASKED, ANSWERED, CLOSED }

    /** One enquiry: who owns it, what it is about, its consent, the agencies asked and how far it gets. */
    record EnquiryPlan(int number, String owner, String priority, String threshold, List<Person> people,
                       HubScenario.Consent consent, List<String> agencies, List<String> responders, Stage stage,
                       String outcome, int reads) {
    }

    int teams() {
        return Math.max(1, (int) Math.round(50 * scale));
    }

    /** 1,400 practitioners in 50 teams, a manager per team, 40 responders per agency, and the rest at scale 1. */
    List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        int practitioners = Math.max(teams(), (int) Math.round(1_400 * scale));
        for (int i = 0; i < practitioners; i++) {
            accounts.add(new Account("gen.prac." + i, "PRACTITIONER", "CHILDRENS_SOCIAL_CARE", team(i % teams())));
        }
        for (int t = 0; t < teams(); t++) {
            accounts.add(new Account("gen.mgr." + t, "MANAGER", "CHILDRENS_SOCIAL_CARE", team(t)));
        }
        int perAgency = respondersPerAgency();
        for (String[] agency : AGENCIES) {
            for (int i = 0; i < perAgency; i++) {
                accounts.add(new Account(responderName(agency[0], i),
                        "AGENCY_RESPONDER", agency[0], null));
            }
        }
        for (String[] other : new String[][] {{"cg", "CALDICOTT_GUARDIAN", "10"}, {"audit", "AUDITOR", "50"},
                {"admin", "ADMINISTRATOR", "50"}}) {
            for (int i = 0; i < Math.max(1, (int) Math.round(Integer.parseInt(other[2]) * scale)); i++) {
                accounts.add(new Account("gen." + other[0] + "." + i, other[1], "CHILDRENS_SOCIAL_CARE", null));
            }
        }
        return accounts;
    }

    int respondersPerAgency() {
        return Math.max(1, (int) Math.round(40 * scale));
    }

    static String responderName(String agency, int i) {
        return "gen." + agency.toLowerCase().replace('_', '-') + "." + i;
    }

    static String team(int t) {
        return "GEN_TEAM_%02d".formatted(t + 1);
    }

    /** Each team's practitioners, by name. */
    Map<String, List<String>> practitionersByTeam() {
        return accounts().stream().filter(a -> a.role().equals("PRACTITIONER")).collect(
                Collectors.groupingBy(Account::team, Collectors.mapping(Account::username, Collectors.toList())));
    }

    /** Enquiry {@code number}'s plan: a function of the seed and the number alone. */
    EnquiryPlan enquiry(int number, List<String> practitionersOfItsTeam) {
        Random random = random(number);
        int roll = random.nextInt(100);
        String priority = roll < 10 ? "RED" : roll < 50 ? "AMBER" : "GREEN";
        List<Person> people = new ArrayList<>();
        String family = pick(FAMILY_NAMES, random);
        String address = (1 + random.nextInt(200)) + " " + pick(STREETS, random);
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(17 * 365));
        people.add(new Person("CHILD", pick(GIVEN_NAMES, random), family, born, address, "SUBJECT"));
        for (int more = random.nextInt(4); more > 0; more--) {
            String relationship = pick(RELATIVES, random);
            boolean sibling = relationship.equals("SIBLING");
            LocalDate relativeBorn = sibling ? LocalDate.of(2008, 1, 1).plusDays(random.nextInt(17 * 365))
                    : LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
            people.add(new Person(sibling ? "CHILD" : "ADULT", pick(GIVEN_NAMES, random), family, relativeBorn,
                    address, relationship));
        }
        roll = random.nextInt(100);
        HubScenario.Consent consent = roll < 50 ? HubScenario.Consent.GRANTED
                : roll < 85 ? HubScenario.Consent.NOT_SOUGHT : HubScenario.Consent.REFUSED;
        Set<String> agencies = new LinkedHashSet<>();
        for (int asked = random.nextInt(7); agencies.size() < asked; ) {
            agencies.add(AGENCIES.get(random.nextInt(AGENCIES.size()))[0]);
        }
        int perAgency = respondersPerAgency();
        List<String> responders = agencies.stream()
                .map(agency -> responderName(agency, random.nextInt(perAgency)))
                .toList();
        roll = random.nextInt(100);
        Stage stage = roll < 75 ? Stage.CLOSED : roll < 82 ? Stage.ANSWERED : roll < 90 ? Stage.ASKED
                : roll < 97 ? Stage.OPENED : Stage.DRAFT;
        return new EnquiryPlan(number, pick(practitionersOfItsTeam, random), priority, pick(THRESHOLDS, random),
                List.copyOf(people), consent, List.copyOf(agencies), responders, stage, pick(OUTCOMES, random),
                random.nextInt(17));
    }

    /** The team enquiry {@code number} belongs to. */
    String teamOf(int number) {
        return team(number % teams());
    }

    Random random(int number) {
        return new Random(seed * 1_000_003L + number);
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
