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
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;
import uk.imap.pages.AnswerPage;
import uk.imap.pages.EnquiryPage;

/** Overrides, the Caldicott Guardian's queue and break-glass in headless Chromium (R4, R23, R26). */
class OverridesAndReviewPagesIT extends InTheBrowser {

    Api api() throws Exception {
        return new Api(new URL(base, "/imap/"));
    }

    @Test
    @DisplayName("R4 R26 prac.sam asks for an override, cg.pat approves it and reviews it, and the police may share under it")
    void anOverrideFromAskingToSharing() throws Exception {
        HubScenario.Case refused = HubScenario.on(api()).priority("AMBER").child("Kai", "Brown")
                .consent("{\"kind\": \"REFUSED\", \"givenBy\": \"Sam Brown (father)\", \"statement\": \"No\"}")
                .askingPolice().open();
        String reference = refused.reference();
        long request = refused.request();

        EnquiryPage enquiry = EnquiryPage.openAs(browser, reference, "prac.sam").askOverride();
        assertTrue(enquiry.overrideForm().contains("Weigh the harm of not sharing"));
        enquiry.askOverride("The child's safety outweighs the father's refusal", "The father may stop engaging",
                "The child may stay unseen in a violent home");
        assertTrue(enquiry.overrides().contains("Waiting for approval"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the override section");
        browser.signOut();

        browser.signInAt("overrides/pending.xhtml", "cg.pat");
        WebElement ours = waitingOverride(reference);
        assertTrue(ours.getText().contains("K.B.") && ours.getText().contains("Sam Brown (father)")
                && ours.getText().contains("Amber"), ours.getText());
        String prefix = ours.findElement(By.tagName("textarea")).getAttribute("id").replace(":reasons", "");
        browser.type(By.id(prefix + ":reasons"), "Risk of significant harm outweighs the refusal");
        assertEquals(List.of(), browser.accessibilityProblems(), "overrides to decide");
        browser.click(By.id(prefix + ":approve"));
        assertTrue(browser.pageText().contains("The override is approved"), browser.pageText());

        browser.open("reviews.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "the review queue");
        assertTrue(browser.find(By.id("position")).getText().matches("Items 1 to \\d+ of \\d+, oldest first\\."),
                browser.pageText());
        WebElement item = reviewItem(reference);
        String itemPrefix = item.findElement(By.tagName("select")).getAttribute("id").replace(":verdict", "");
        browser.click(By.id(itemPrefix + ":openSubject"));
        assertTrue(browser.find(By.id(itemPrefix + ":subject")).getText().contains("Risk of significant harm"),
                browser.pageText());
        new Select(browser.find(By.id(itemPrefix + ":verdict"))).selectByValue("ACCEPTED");
        browser.type(By.id(itemPrefix + ":comment"), "Proportionate: police information only");
        browser.click(By.id(itemPrefix + ":review"));
        assertTrue(browser.pageText().contains("The review is recorded."), browser.pageText());
        browser.signOut();

        AnswerPage answer = AnswerPage.openAs(browser, request, "police.ray");
        assertTrue(answer.overrideNotice().contains("approved in the public interest"));
        assertEquals("OVERRIDE", answer.consentBasis());
    }

    /** The approved override's item in the review queue, paging on from the oldest until it shows. */
    private WebElement reviewItem(String reference) {
        for (int page = 0; page < 500; page++) {
            var ours = browser.driver().findElements(By.cssSelector(".review-item")).stream()
                    .filter(s -> s.getText().contains(reference) && s.getText().contains("approved override"))
                    .findFirst();
            if (ours.isPresent()) {
                return ours.get();
            }
            browser.click(By.id("queue:next"));
        }
        throw new AssertionError("No approved override on " + reference + " to review");
    }

    /** The override's section on the page of overrides to decide, paging on from the oldest until it shows. */
    private WebElement waitingOverride(String reference) {
        for (int page = 0; page < 500; page++) {
            var ours = browser.driver().findElements(By.cssSelector("#overrides section")).stream()
                    .filter(s -> s.getText().contains(reference)).findFirst();
            if (ours.isPresent()) {
                return ours.get();
            }
            browser.click(By.id("overrides:next"));
        }
        throw new AssertionError("No override on " + reference + " to decide");
    }

    @Test
    @DisplayName("R23 prac.lee opens another team's enquiry only through emergency access, with a reason")
    void breakGlass() throws Exception {
        String reference = HubScenario.on(api()).priority("AMBER").child("Kai", "Brown")
                .consent(HubScenario.Consent.NOT_SOUGHT).open().reference();

        browser.signInAt("enquiry/emergency.xhtml?reference=" + reference, "prac.lee");
        browser.find(By.id("emergency:grant")).click();
        browser.waitForAjax();
        String told = browser.textWhenItSays(By.id("emergency"), "Say why you need this enquiry now");
        assertTrue(told.contains("Say why you need this enquiry now"), told);
        assertEquals(List.of(), browser.accessibilityProblems(), "the emergency access form with its message");

        browser.type(By.id("emergency:reason"), "Child at A&E at 2am; the owner's team is off duty");
        browser.find(By.id("emergency:grant")).click();
        browser.waitForUrl("enquiry/detail.xhtml");
        assertEquals(reference, browser.find(By.id("reference")).getText());
    }
}
