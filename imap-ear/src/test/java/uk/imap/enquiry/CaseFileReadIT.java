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
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;
import uk.imap.pages.EnquiryPage;

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

    @Test
    @DisplayName("R18 R16 asking for an override on the enquiry page records the request alone, not a read of the page again")
    void onePageActionItsOwnEventOnly() throws Exception {
        Api api = new Api(browser.application());
        String reference = HubScenario.on(api).consent(HubScenario.Consent.REFUSED).open().reference();
        EnquiryPage page = EnquiryPage.openAs(browser, reference, "prac.sam");
        long before = newestPosition(api);

        page.askOverride().askOverride("The child's safety outweighs the refusal", "The mother may stop engaging",
                "The child may stay unseen in a violent home");
        assertTrue(page.overrides().contains("Waiting for approval"), page.overrides());

        List<String> added = api.get("audit/events?user=prac.sam", "audit.max", Deployments.PASSWORD).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("position").longValue() > before)
                // An earlier browser session of the same user may time out meanwhile: not part of this action.
                .filter(e -> !"SESSION_EXPIRED".equals(e.getString("action")))
                .map(e -> e.getString("action") + " " + e.getString("recordType", "-")).toList();
        System.out.printf("Asking for an override on the enquiry page: %d audit event(s) %s%n", added.size(), added);
        assertEquals(List.of("OVERRIDE_REQUESTED ConsentOverride"), added);
    }

    private static long newestPosition(Api api) throws Exception {
        return api.get("audit/events?user=prac.sam", "audit.max", Deployments.PASSWORD).array()
                .getValuesAs(JsonObject.class).stream().mapToLong(e -> e.getJsonNumber("position").longValue())
                .max().orElse(0);
    }

    private static List<String> events(Api api, String reference) throws Exception {
        return api.get("audit/events?record=" + reference, "audit.max", Deployments.PASSWORD).array()
                .getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + " " + e.getString("action")).toList();
    }
}
