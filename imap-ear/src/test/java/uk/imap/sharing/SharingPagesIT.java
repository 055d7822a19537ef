package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** The hub asks the police and the police answer, in headless Chromium, as the people themselves would (R10–R15). */
class SharingPagesIT extends InTheBrowser {

    /** An open red enquiry about Robin Jones, made over the API so the test starts where the story does. */
    String openRedEnquiry() throws Exception {
        Api api = new Api(new URL(base, "/imap/"));
        String reference = api.post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Neighbour heard a child screaming", "threshold": "S47_SIGNIFICANT_HARM",
                 "priority": "RED", "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Jones",
                 "dateOfBirth": "2015-06-01", "address": "1 High Street", "relationship": "SUBJECT"}]}
                """).json().getString("reference");
        api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", Deployments.PASSWORD,
                "{\"kind\": \"NOT_SOUGHT\", \"grounds\": [\"RISK_OF_HARM\"], \"justification\": \"Would alert the father\"}");
        long version = api.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD).json()
                .getJsonNumber("version").longValue();
        api.post("enquiries/" + reference + "/transitions", "prac.sam", Deployments.PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version + "}");
        return reference;
    }

    void signInAs(String username, String path) {
        browser.open(path);
        browser.signIn(username, Deployments.PASSWORD);
        browser.waitForUrl(path.isEmpty() ? "/imap/" : path.replaceAll("\\?.*", ""));
    }

    void check(String id) {
        WebElement box = browser.find(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    @Test
    @DisplayName("R10 R11 R12 R15 prac.sam asks the police; police.ray shares one verified item and retains one; the hub sees both")
    void thePoliceAnswerARedRequest() throws Exception {
        String reference = openRedEnquiry();

        signInAs("prac.sam", "enquiry/detail.xhtml?reference=" + reference);
        new Select(browser.find(By.id("ask:requests:0:agency"))).selectByValue("POLICE");
        browser.type(By.id("ask:requests:0:purpose"), "Decide whether to hold a strategy discussion");
        browser.type(By.id("ask:requests:0:necessity"), "Police attended the address and hold the records");
        check("ask:requests:0:legalGateways:2");
        check("ask:requests:0:categories:2");
        browser.type(By.id("ask:requests:0:helpIfProvided"), "Shows whether violence at home is recent");
        browser.type(By.id("ask:requests:0:hindranceIfWithheld"), "The hub may leave a child in a violent home");
        browser.screenshot("request-form");
        browser.click(By.id("ask:sendRequests"));
        assertEquals("Awaiting information", browser.find(By.id("status")).getText());
        String requests = browser.find(By.id("requests")).getText();
        assertTrue(requests.contains("Police") && requests.contains("Sent"), requests);
        browser.signOut();

        signInAs("police.ray", "agency/requests.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems(), "the agency's list");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='agencyRequests_data'] > tr"));
        assertOverdueFirst(rows);
        WebElement ours = rows.stream().filter(row -> row.getText().contains(reference)).findFirst().orElseThrow();
        assertTrue(ours.getText().contains("Robin Jones"), ours.getText());
        assertFalse(browser.pageText().contains("Neighbour heard"), "the summary is not the agency's to see");
        ours.findElement(By.tagName("a")).click();
        browser.waitForUrl("agency/answer.xhtml");
        assertEquals("Consent not sought", browser.find(By.id("consentInForce")).getText());

        browser.click(By.cssSelector("input[name='answer:decision'][value='SHARE_PART']"));
        browser.type(By.id("answer:reasons"), "Relevant to the child's safety; an investigation is open");
        new Select(browser.find(By.id("answer:items:0:category"))).selectByValue("DOMESTIC_ABUSE_INCIDENTS");
        browser.type(By.id("answer:items:0:content"), "Three call-outs to 1 High Street since March");
        new Select(browser.find(By.id("answer:items:0:reliability"))).selectByValue("VERIFIED");
        new Select(browser.find(By.id("answer:items:0:sensitivity"))).selectByValue("STANDARD");
        browser.click(By.id("answer:addRetained"));
        browser.type(By.id("answer:retained:0:description"), "Details of an open investigation");
        browser.type(By.id("answer:retained:0:reason"), "Sharing would prejudice the investigation");
        List<WebElement> principles = browser.driver().findElements(By.cssSelector("#caldicott input[type='checkbox']"));
        assertEquals(CaldicottPrinciple.values().length, principles.size());
        principles.forEach(WebElement::click);
        assertEquals(List.of(), browser.accessibilityProblems(), "the disclosure form");
        browser.screenshot("disclosure-form");
        browser.click(By.id("answer:sendAnswer"));
        assertTrue(browser.pageText().contains("Your answer is sent to the hub."), browser.pageText());
        assertEquals("Answered", browser.find(By.id("requestStatus")).getText());
        browser.signOut();

        signInAs("prac.sam", "enquiry/detail.xhtml?reference=" + reference);
        assertEquals("Decision", browser.find(By.id("status")).getText());
        String answers = browser.find(By.id("requests")).getText();
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
        signInAs("prac.sam", "enquiry/detail.xhtml?reference=" + reference);
        browser.click(By.id("ask:addRow"));
        for (int i = 0; i < 2; i++) {
            new Select(browser.find(By.id("ask:requests:" + i + ":agency"))).selectByValue(i == 0 ? "POLICE" : "HEALTH");
            browser.type(By.id("ask:requests:" + i + ":purpose"), "Assess risk");
            browser.type(By.id("ask:requests:" + i + ":necessity"), "We ask every agency");
            check("ask:requests:" + i + ":legalGateways:0");
            check("ask:requests:" + i + ":categories:0");
            browser.type(By.id("ask:requests:" + i + ":helpIfProvided"), "Helps");
            browser.type(By.id("ask:requests:" + i + ":hindranceIfWithheld"), "Hinders");
        }

        browser.click(By.id("ask:sendRequests"));

        assertTrue(browser.find(By.id("ask")).getText().contains("blanket request"), browser.find(By.id("ask")).getText());
        assertEquals("We ask every agency", browser.find(By.id("ask:requests:1:necessity")).getAttribute("value"));
        assertEquals("Open", browser.find(By.id("status")).getText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the refused request form");
    }

    /** R15: on the agency's list, no request that is not overdue comes before one that is. */
    private static void assertOverdueFirst(List<WebElement> rows) {
        boolean seenOnTime = false;
        for (WebElement row : rows) {
            boolean overdue = row.getText().contains("Overdue");
            assertFalse(overdue && seenOnTime, "an overdue request is listed after one on time");
            seenOnTime |= !overdue;
        }
    }
}
