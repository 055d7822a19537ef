package uk.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every REST test shares: the shipped EAR deployed as it is, called over HTTP as a partner system would. */
@ExtendWith(ArquillianExtension.class)
public abstract class OverTheApi {

    protected static final String PASSWORD = Deployments.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.imap();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL(base, "/imap/"));
    }

    /** An anonymous enquiry about one child, consent NOT_SOUGHT, moved to OPEN by prac.sam: ready to ask agencies. */
    protected String openAnonymousEnquiry() throws Exception {
        String reference = api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Missing from school", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale",
                 "relationship": "SUBJECT"}]}""").json().getString("reference");
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, """
                {"kind": "NOT_SOUGHT", "grounds": ["RISK_OF_HARM"], "justification": "Asking would alert him"}
                """).status());
        long version = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version")
                .longValue();
        assertEquals(200, api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version + "}").status());
        return reference;
    }
}
