package uk.imap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Overrides, the Caldicott Guardian's queue and break-glass in headless Chromium (R4, R23, R26). */
class OverridesAndReviewPagesIT extends InTheBrowser {

    Api api() throws Exception {
        return new Api(new URL(base, "/imap/"));
    }

    String openEnquiry(String consent) throws Exception {
        Api api = api();
        String reference = api.post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Child seen with bruises", "threshold": "S47_SIGNIFICANT_HARM",
                 "priority": "AMBER", "subjects": [{"kind": "CHILD", "givenName": "Kai", "familyName": "Brown",
                 "relationship": "SUBJECT"}]}""").json().getString("reference");
        api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", Deployments.PASSWORD, consent);
        long version = api.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD).json()
                .getJsonNumber("version").longValue();
        api.post("enquiries/" + reference + "/transitions", "prac.sam", Deployments.PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version + "}");
        return reference;
    }

    void signInAs(String username, String path) {
        browser.open(path);
        browser.signIn(username, Deployments.PASSWORD);
        browser.waitForUrl(path.replaceAll("\\?.*", ""));
    }

    @Test
    @DisplayName("R4 R26 prac.sam asks for an override, cg.pat approves it and reviews it, and the police may share under it")
    void anOverrideFromAskingToSharing() throws Exception {
        String reference = openEnquiry("{\"kind\": \"REFUSED\", \"givenBy\": \"Sam Brown (father)\", \"statement\": \"No\"}");
        long request = api().post("enquiries/" + reference + "/information-requests", "prac.sam", Deployments.PASSWORD, """
                {"agency": "POLICE", "purpose": "Assess risk", "necessity": "Police hold call-outs",
                 "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
                 "helpIfProvided": "Shows recent violence", "hindranceIfWithheld": "Risk left unseen"}""")
                .json().getJsonNumber("id").longValue();

        signInAs("prac.sam", "enquiry/detail.xhtml?reference=" + reference);
        browser.click(By.id("override:askOverride"));
        assertTrue(browser.find(By.id("override")).getText().contains("Weigh the harm of not sharing"));
        browser.type(By.id("override:justification"), "The child's safety outweighs the father's refusal");
        browser.type(By.id("override:harmOfSharing"), "The father may stop engaging");
        browser.type(By.id("override:harmOfNotSharing"), "The child may stay unseen in a violent home");
        browser.click(By.id("override:askOverride"));
        assertTrue(browser.find(By.id("overrideList")).getText().contains("Waiting for approval"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the override section");
        browser.signOut();

        signInAs("cg.pat", "overrides/pending.xhtml");
        WebElement ours = browser.driver().findElements(By.cssSelector("#overrides section")).stream()
                .filter(s -> s.getText().contains(reference)).findFirst().orElseThrow();
        String prefix = ours.findElement(By.tagName("textarea")).getAttribute("id").replace(":reasons", "");
        browser.type(By.id(prefix + ":reasons"), "Risk of significant harm outweighs the refusal");
        assertEquals(List.of(), browser.accessibilityProblems(), "overrides to decide");
        browser.click(By.id(prefix + ":approve"));
        assertTrue(browser.pageText().contains("The override is approved"), browser.pageText());

        browser.open("reviews.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "the review queue");
        WebElement item = browser.driver().findElements(By.cssSelector(".review-item")).stream()
                .filter(s -> s.getText().contains(reference) && s.getText().contains("approved override"))
                .findFirst().orElseThrow();
        String itemPrefix = item.findElement(By.tagName("select")).getAttribute("id").replace(":verdict", "");
        new Select(browser.find(By.id(itemPrefix + ":verdict"))).selectByValue("ACCEPTED");
        browser.type(By.id(itemPrefix + ":comment"), "Proportionate: police information only");
        browser.click(By.id(itemPrefix + ":review"));
        assertTrue(browser.pageText().contains("The review is recorded."), browser.pageText());
        browser.signOut();

        signInAs("police.ray", "agency/answer.xhtml?id=" + request);
        assertTrue(browser.find(By.id("answer:overrideNotice")).getText().contains("approved in the public interest"));
        assertEquals("OVERRIDE", new Select(browser.find(By.id("answer:consentBasis"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    @Test
    @DisplayName("R23 prac.lee opens another team's enquiry only through emergency access, with a reason")
    void breakGlass() throws Exception {
        String reference = openEnquiry("{\"kind\": \"NOT_SOUGHT\", \"grounds\": [\"RISK_OF_HARM\"], \"justification\": \"Risk\"}");

        signInAs("prac.lee", "enquiry/emergency.xhtml?reference=" + reference);
        browser.find(By.id("emergency:grant")).click();
        browser.waitForAjax();
        assertTrue(browser.find(By.id("emergency")).getText().contains("Say why you need this enquiry now"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the emergency access form with its message");

        browser.type(By.id("emergency:reason"), "Child at A&E at 2am; the owner's team is off duty");
        browser.find(By.id("emergency:grant")).click();
        browser.waitForUrl("enquiry/detail.xhtml");
        assertEquals(reference, browser.find(By.id("reference")).getText());
    }
}
