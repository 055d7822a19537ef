package uk.imap.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R9 in a real browser: what a practitioner writes about a young person's capacity is shown where it belongs. */
class CapacityNotesPageIT extends InTheBrowser {

    @Test
    @DisplayName("R9 R22 the notes on a young person's capacity appear in the consent history of the enquiry page")
    void capacityNotesAreShown() throws Exception {
        Api api = new Api(browser.application());
        String reference = api.post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Sixteen-year-old sofa surfing", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Rowan", "familyName": "Tate",
                 "dateOfBirth": "2010-05-01", "relationship": "SUBJECT"}]}""").json().getString("reference");
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", Deployments.PASSWORD, """
                {"kind": "GRANTED", "givenBy": "Rowan Tate", "informedOf": {"why": true, "what": true, "how": true,
                 "withWhom": true}, "capacityAssessment": "CAN_CONSENT_TO_SHARING",
                 "capacityNotes": "Understood who would be asked and why, and said it back in own words"}""").status());

        browser.open("enquiry/detail.xhtml?reference=" + reference);
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/detail.xhtml");
        String history = browser.find(By.id("consentHistory")).getText();
        assertTrue(history.contains("Notes on capacity: Understood who would be asked and why, and said it back in own"
                + " words"), history);
    }
}
