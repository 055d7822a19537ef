package uk.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hub situation set up over the API in one line, the way the hub's people would reach it: prac.sam drafts an
 * enquiry about one child, records a consent decision and opens it; asks the police if told to; and police.ray answers
 * if told to. For example {@code HubScenario.on(api).consent(Consent.REFUSED).askingPolice().answered().open()} is an
 * open enquiry with consent refused and the police's answer in. Every step must succeed, or the test fails there.
 */
public final class HubScenario {

    /** The consent decisions a scenario can start from (R2, R3). */
    public enum Consent {
        NOT_SOUGHT("""
                {"kind": "NOT_SOUGHT", "grounds": ["RISK_OF_HARM"],
                 "justification": "Asking would alert the father"}"""),
        REFUSED("""
                {"kind": "REFUSED", "givenBy": "Alex Jones (mother)", "statement": "No agency may be told"}"""),
        GRANTED("""
                {"kind": "GRANTED", "givenBy": "Alex Jones (mother)", "informedOf": {"why": true, "what": true,
                 "how": true, "withWhom": true}, "statement": "Yes, ask who you need to"}""");

        private final String json;

        Consent(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** What the scenario made: the enquiry's reference and the requests asked, in order. */
    public record Case(String reference, List<Long> requests) {

        public long request() {
            return requests.get(0);
        }
    }

    public static final String CALDICOTT = """
            {"justifiedPurpose": true, "identifiableOnlyWhenNecessary": true, "minimumNecessary": true,
             "needToKnowAccess": true, "responsibilitiesUnderstood": true, "lawComplied": true, "dutyToShare": true,
             "serviceUsersInformed": true}""";

    private static final String OWNER = "prac.sam";
    private static final String POLICE = "police.ray";

    private final Api api;
    private String summary = "Bruises seen at school";
    private String priority = "RED";
    private String givenName = "Robin";
    private String familyName = "Jones";
    private String consent = Consent.NOT_SOUGHT.json();
    private LocalDate dateOfBirth = LocalDate.of(2015, 6, 1);
    private boolean askPolice;
    private boolean answered;

    private HubScenario(Api api) {
        this.api = api;
    }

    public static HubScenario on(Api api) {
        return new HubScenario(api);
    }

    public HubScenario summary(String text) {
        this.summary = text;
        return this;
    }

    public HubScenario priority(String rag) {
        this.priority = rag;
        return this;
    }

    public HubScenario child(String given, String family) {
        this.givenName = given;
        this.familyName = family;
        return this;
    }

    /** The child's date of birth, where a test must not share the usual one with every other child in the run. */
    public HubScenario bornOn(LocalDate date) {
        this.dateOfBirth = date;
        return this;
    }

    public HubScenario consent(Consent decision) {
        return consent(decision.json());
    }

    /** A consent decision as API.md's body gives it, for the cases the named ones do not cover. */
    public HubScenario consent(String json) {
        this.consent = json;
        return this;
    }

    public HubScenario askingPolice() {
        this.askPolice = true;
        return this;
    }

    /**
     * The police answer: one verified item shared, or, where consent was refused and nothing overrides it, a
     * refusal to share with its reason (R4).
     */
    public HubScenario answered() {
        this.askPolice = true;
        this.answered = true;
        return this;
    }

    /** Makes the situation and returns what was made. */
    public Case open() throws Exception {
        String reference = succeeded(201, api.post("enquiries", OWNER, Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "%s", "threshold": "S47_SIGNIFICANT_HARM",
                 "priority": "%s", "subjects": [{"kind": "CHILD", "givenName": "%s", "familyName": "%s",
                 "dateOfBirth": "%s", "address": "1 High Street", "relationship": "SUBJECT"}]}"""
                .formatted(summary, priority, givenName, familyName, dateOfBirth))).json().getString("reference");
        succeeded(201, api.post("enquiries/" + reference + "/consent-decisions", OWNER, Deployments.PASSWORD,
                consent));
        succeeded(200, api.post("enquiries/" + reference + "/transitions", OWNER, Deployments.PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version(reference) + "}"));
        List<Long> requests = new ArrayList<>();
        if (askPolice) {
            requests.add(succeeded(201, api.post("enquiries/" + reference + "/information-requests", OWNER,
                    Deployments.PASSWORD, """
                    {"agency": "POLICE", "purpose": "Decide whether the child is at risk of significant harm",
                     "necessity": "Police hold call-outs to the address",
                     "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
                     "helpIfProvided": "Shows whether violence at home is recent",
                     "hindranceIfWithheld": "The hub may leave a child in a violent home"}"""))
                    .json().getJsonNumber("id").longValue());
        }
        if (answered) {
            succeeded(201, api.post("information-requests/" + requests.get(0) + "/disclosure", POLICE,
                    Deployments.PASSWORD, consent.contains("\"REFUSED\"") ? """
                    {"decision": "DECLINE", "reasons": "Consent was refused and no override exists",
                     "caldicott": %s}""".formatted(CALDICOTT) : """
                    {"decision": "SHARE_ALL", "reasons": "Relevant to the child's safety", "consentBasis": "%s",
                     "items": [{"category": "DOMESTIC_ABUSE_INCIDENTS", "content": "Three call-outs since March",
                                "reliability": "VERIFIED", "sensitivity": "STANDARD"}],
                     "caldicott": %s}""".formatted(consent.contains("\"GRANTED\"") ? "GRANTED" : "NOT_SOUGHT",
                    CALDICOTT)));
        }
        return new Case(reference, List.copyOf(requests));
    }

    private long version(String reference) throws Exception {
        return succeeded(200, api.get("enquiries/" + reference, OWNER, Deployments.PASSWORD)).json()
                .getJsonNumber("version").longValue();
    }

    private static Api.Answer succeeded(int status, Api.Answer answer) {
        assertEquals(status, answer.status(), answer.raw().body());
        return answer;
    }
}
