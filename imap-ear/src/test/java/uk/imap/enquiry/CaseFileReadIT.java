package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/**
 * Opening an enquiry on its page is one read: one need-to-know check and one audited event for the enquiry with its
 * consent history, requests and answers, overrides and advice, instead of one for each part of the page.
 */
class CaseFileReadIT extends InTheBrowser {

    @Test
    @DisplayName("R18 R16 opening the enquiry page records one ENQUIRY_READ and nothing else")
    void onePageOneRead() throws Exception {
        Api api = new Api(browser.application());
        String reference = api.post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Read once", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale", "relationship": "SUBJECT"}]}
                """).json().getString("reference");
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", Deployments.PASSWORD,
                "{\"kind\": \"NOT_SOUGHT\", \"grounds\": [\"RISK_OF_HARM\"], \"justification\": \"Would alert him\"}")
                .status());
        List<String> before = events(api, reference);

        browser.open("enquiry/detail.xhtml?reference=" + reference);
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/detail.xhtml");
        assertTrue(browser.find(By.id("consentHistory")).getText().contains("Consent not sought"));

        List<String> added = new ArrayList<>(events(api, reference));
        before.forEach(added::remove);
        System.out.printf("Opening the enquiry page: %d audit event(s) %s%n", added.size(), added);
        assertEquals(List.of("prac.sam ENQUIRY_READ"), added);
    }

    private static List<String> events(Api api, String reference) throws Exception {
        return api.get("audit/events?record=" + reference, "audit.max", Deployments.PASSWORD).array()
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    }
}
