package uk.imap.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Browser;

/** The intake form as a test fills it: an anonymous concern about one child. */
public final class IntakePage {

    private final Browser browser;

    public IntakePage(Browser browser) {
        this.browser = browser;
    }

    /** Types an anonymous enquiry about one child without saving it. */
    public IntakePage fill(String summary, String threshold, String priority, String givenName, String familyName) {
        new Select(browser.find(By.id("intake:source"))).selectByValue("ANONYMOUS");
        browser.type(By.id("intake:summary"), summary);
        new Select(browser.find(By.id("intake:threshold"))).selectByValue(threshold);
        new Select(browser.find(By.id("intake:priority"))).selectByValue(priority);
        browser.type(By.id("intake:subject:0:givenName"), givenName);
        browser.type(By.id("intake:subject:0:familyName"), familyName);
        return this;
    }

    /** Types the first person's date of birth in its day, month and year boxes, and leaves the year box. */
    public IntakePage bornOn(String day, String month, String year) {
        browser.type(By.id("intake:subject:0:dateOfBirth"), day);
        browser.type(By.id("intake:subject:0:dateOfBirth_month"), month);
        browser.type(By.id("intake:subject:0:dateOfBirth_year"), year);
        browser.find(By.id("intake:subject:0:dateOfBirth_year")).sendKeys(Keys.TAB);
        browser.waitForAjax();
        return this;
    }

    /** Types when the concern arrived, in the day, month, year and time boxes, and why it is recorded later. */
    public IntakePage received(String day, String month, String year, String time, String reason) {
        browser.type(By.id("intake:receivedAt"), day);
        browser.type(By.id("intake:receivedAt_month"), month);
        browser.type(By.id("intake:receivedAt_year"), year);
        browser.type(By.id("intake:receivedAt_time"), time);
        browser.type(By.id("intake:receivedAtReason"), reason);
        return this;
    }

    /** Saves the draft and returns its reference from the enquiry page it lands on. */
    public String save() {
        browser.click(By.id("intake:save"));
        browser.waitForUrl("enquiry/detail.xhtml");
        return browser.find(By.id("reference")).getText();
    }
}
