package uk.imap.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Browser;

/** agency/answer.xhtml as the tests drive it: an agency's answer to one request, item by item (R11–R14). */
public final class AnswerPage {

    private final Browser browser;

    public AnswerPage(Browser browser) {
        this.browser = browser;
    }

    /** Signs in as {@code username} on the way to the request's answer page. */
    public static AnswerPage openAs(Browser browser, long request, String username) {
        browser.signInAt("agency/answer.xhtml?id=" + request, username);
        return new AnswerPage(browser);
    }

    /** The consent in force for this request, in words. */
    public String consentInForce() {
        return browser.find(By.id("consentInForce")).getText();
    }

    /** The notice that an override lets the agency share, when there is one. */
    public String overrideNotice() {
        return browser.find(By.id("answer:overrideNotice")).getText();
    }

    /** The consent basis the form offers first. */
    public String consentBasis() {
        return new Select(browser.find(By.id("answer:consentBasis"))).getFirstSelectedOption().getAttribute("value");
    }

    /** Chooses SHARE_ALL, SHARE_PART or DECLINE and gives the reasons. */
    public AnswerPage decide(String decision, String reasons) {
        browser.click(By.cssSelector("input[name='answer:decision'][value='" + decision + "']"));
        browser.type(By.id("answer:reasons"), reasons);
        return this;
    }

    /** Fills shared item {@code index}: its category, content, reliability and sensitivity by code. */
    public AnswerPage item(int index, String category, String content, String reliability, String sensitivity) {
        String prefix = "answer:items:" + index + ":";
        new Select(browser.find(By.id(prefix + "category"))).selectByValue(category);
        browser.type(By.id(prefix + "content"), content);
        new Select(browser.find(By.id(prefix + "reliability"))).selectByValue(reliability);
        new Select(browser.find(By.id(prefix + "sensitivity"))).selectByValue(sensitivity);
        return this;
    }

    /** Adds a retained item: what is held back, and why (R12). */
    public AnswerPage retain(int index, String description, String reason) {
        browser.click(By.id("answer:addRetained"));
        browser.type(By.id("answer:retained:" + index + ":description"), description);
        browser.type(By.id("answer:retained:" + index + ":reason"), reason);
        return this;
    }

    /** The Caldicott principles' boxes (R14). */
    public List<WebElement> caldicottPrinciples() {
        return browser.driver().findElements(By.cssSelector("#caldicott input[type='checkbox']"));
    }

    /** Sends the answer; the page then says whether the hub has it. */
    public AnswerPage send() {
        browser.click(By.id("answer:sendAnswer"));
        return this;
    }

    public String requestStatus() {
        return browser.find(By.id("requestStatus")).getText();
    }
}
