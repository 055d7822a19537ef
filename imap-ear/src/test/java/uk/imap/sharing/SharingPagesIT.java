package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;
import uk.imap.pages.AnswerPage;
import uk.imap.pages.EnquiryPage;

/** The hub asks the police and the police answer, in headless Chromium, as the people themselves would (R10–R15). */
class SharingPagesIT extends InTheBrowser {

    /** An open red enquiry about Robin Jones, made over the API so the test starts where the story does. */
    String openRedEnquiry() throws Exception {
        return HubScenario.on(new Api(new URL(base, "/imap/"))).summary("Neighbour heard a child screaming")
                .priority("RED").open().reference();
    }

    @Test
    @DisplayName("R10 R11 R12 R15 prac.sam asks the police; police.ray shares one verified item and retains one; the hub sees both")
    void thePoliceAnswerARedRequest() throws Exception {
        String reference = openRedEnquiry();

        EnquiryPage enquiry = EnquiryPage.openAs(browser, reference, "prac.sam");
        enquiry.request(0).agency("POLICE").type("purpose", "Decide whether to hold a strategy discussion")
                .type("necessity", "Police attended the address and hold the records").legalGateway(2).category(2)
                .type("helpIfProvided", "Shows whether violence at home is recent")
                .type("hindranceIfWithheld", "The hub may leave a child in a violent home");
        browser.screenshot("request-form");
        enquiry.sendRequests();
        assertEquals("Awaiting information", enquiry.status());
        String requests = enquiry.requests();
        assertTrue(requests.contains("Police") && requests.contains("Sent"), requests);
        browser.signOut();

        browser.signInAt("agency/requests.xhtml", "police.ray");
        assertEquals(List.of(), browser.accessibilityProblems(), "the agency's list");
        assertOverdueFirst(rows());
        assertTrue(browser.pageText().matches("(?s).*\\d+ requests?, page 1 of \\d+.*"), "the list is paged");
        WebElement ours = rowAbout(reference);
        assertTrue(ours.getText().contains("Robin Jones"), ours.getText());
        assertFalse(browser.pageText().contains("Neighbour heard"), "the summary is not the agency's to see");
        ours.findElement(By.tagName("a")).click();
        browser.waitForUrl("agency/answer.xhtml");
        AnswerPage answer = new AnswerPage(browser);
        assertEquals("Consent not sought", answer.consentInForce());

        answer.decide("SHARE_PART", "Relevant to the child's safety; an investigation is open")
                .item(0, "DOMESTIC_ABUSE_INCIDENTS", "Three call-outs to 1 High Street since March", "VERIFIED",
                        "STANDARD")
                .retain(0, "Details of an open investigation", "Sharing would prejudice the investigation");
        List<WebElement> principles = answer.caldicottPrinciples();
        assertEquals(CaldicottPrinciple.values().length, principles.size());
        principles.forEach(WebElement::click);
        assertEquals(List.of(), browser.accessibilityProblems(), "the disclosure form");
        browser.screenshot("disclosure-form");
        answer.send();
        assertTrue(browser.pageText().contains("Your answer is sent to the hub."), browser.pageText());
        assertEquals("Answered", answer.requestStatus());
        browser.signOut();

        enquiry = EnquiryPage.openAs(browser, reference, "prac.sam");
        assertEquals("Decision", enquiry.status());
        String answers = enquiry.requests();
        browser.screenshot("answers-side-by-side");
        assertTrue(answers.contains("Three call-outs to 1 High Street since March"), answers);
        assertTrue(answers.contains("Verified") && answers.contains("Standard"), answers);
        assertTrue(answers.contains("Details of an open investigation: Sharing would prejudice the investigation"),
                answers);
        assertEquals(List.of(), browser.accessibilityProblems(), "the enquiry with its answers");
    }

    @Test
    @DisplayName("R10 asking several agencies with one reason is refused beside the fields, and the typing stays")
    void aBlanketRequestIsRefusedOnThePage() throws Exception {
        String reference = openRedEnquiry();
        EnquiryPage enquiry = EnquiryPage.openAs(browser, reference, "prac.sam").addRequestRow();
        for (int i = 0; i < 2; i++) {
            enquiry.request(i).fill(i == 0 ? "POLICE" : "HEALTH", "Assess risk", "We ask every agency", "Helps",
                    "Hinders");
        }

        enquiry.sendRequests();

        assertTrue(enquiry.askForm().contains("blanket request"), enquiry.askForm());
        assertEquals("We ask every agency", enquiry.request(1).value("necessity"));
        assertEquals("Open", enquiry.status());
        assertEquals(List.of(), browser.accessibilityProblems(), "the refused request form");
    }

    /** R15: on the agency's list, no request that is not overdue comes before one that is. */
    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#requestRows > tbody > tr"));
    }

    /** The row of the request about the enquiry, paging on through the agency's list until it shows. */
    private WebElement rowAbout(String reference) {
        while (true) {
            Optional<WebElement> row = rows().stream().filter(r -> r.getText().contains(reference)).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            List<WebElement> next = browser.driver().findElements(By.id("agencyRequestsForm:next"));
            assertTrue(!next.isEmpty() && next.get(0).isEnabled(), reference + " is on no page");
            browser.click(By.id("agencyRequestsForm:next"));
        }
    }

    private static void assertOverdueFirst(List<WebElement> rows) {
        boolean seenOnTime = false;
        for (WebElement row : rows) {
            boolean overdue = row.getText().contains("Overdue");
            assertFalse(overdue && seenOnTime, "an overdue request is listed after one on time");
            seenOnTime |= !overdue;
        }
    }
}
