package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Browser;
import uk.imap.Deployments;

/** The intake form and the worklist in headless Chromium, as a hub practitioner uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnquiryPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.imap();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(new URL(base, "/imap/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPractitionerDraftsAnEnquiryAndFindsItOnTheWorklist() {
        browser.open("");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("/imap/");
        assertEquals("prac.sam", browser.find(By.id("signedInUser")).getText());

        browser.open("enquiry/new.xhtml");
        browser.waitForAjax();
        new Select(browser.find(By.id("intake:source"))).selectByValue("PROFESSIONAL");
        browser.type(By.id("intake:referrer_name"), "A Teacher");
        browser.type(By.id("intake:referrer_organisation"), "Oak Primary School");
        browser.type(By.id("intake:summary"), "Child arrives hungry most days");
        new Select(browser.find(By.id("intake:threshold"))).selectByValue("EARLY_HELP");
        new Select(browser.find(By.id("intake:priority"))).selectByValue("AMBER");
        browser.type(By.id("intake:subject:0:givenName"), "Jamie");
        browser.type(By.id("intake:subject:0:familyName"), "Smith");
        browser.screenshot("intake-form");
        browser.click(By.id("intake:save"));

        browser.waitForUrl("enquiry/detail.xhtml");
        browser.screenshot("enquiry-detail");
        String reference = browser.find(By.id("reference")).getText();
        assertTrue(reference.matches("IMAP-\\d{4}-\\d{6}"), reference);
        assertEquals("Draft", browser.find(By.id("status")).getText());
        assertEquals("Amber", browser.find(By.id("priority")).getText());

        browser.open("index.xhtml");
        browser.waitForAjax();
        browser.screenshot("worklist");
        assertTrue(browser.find(By.id("worklist")).getText().contains(reference));
    }

    @Test
    @DisplayName("R22 an empty summary shows its message next to the field and creates nothing")
    void anEmptySummaryIsRefusedNextToTheField() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        new Select(browser.find(By.id("intake:source"))).selectByValue("ANONYMOUS");
        new Select(browser.find(By.id("intake:threshold"))).selectByValue("S17_CHILD_IN_NEED");
        new Select(browser.find(By.id("intake:priority"))).selectByValue("RED");
        browser.type(By.id("intake:subject:0:givenName"), "Robin");
        browser.type(By.id("intake:subject:0:familyName"), "Jones");

        browser.click(By.id("intake:save"));

        browser.screenshot("intake-refused");
        WebElement message = browser.find(By.xpath(
                "//*[@id='intake:summary']/following-sibling::*[contains(@class,'ui-message')]"));
        assertEquals("Enter a summary of the concern", message.getText());
        assertEquals("There is a problem: it is marked below.",
                browser.find(By.cssSelector("#intake\\:problems .error-summary")).getText());
        assertTrue(browser.currentUrl().contains("enquiry/new.xhtml"));
        assertEquals("Robin", browser.find(By.id("intake:subject:0:givenName")).getAttribute("value"),
                "what was typed is kept");
    }

    @Test
    void aWrongPasswordIsToldClearly() {
        browser.open("");
        browser.signIn("prac.sam", "not-the-password");

        browser.waitForAjax();
        assertTrue(browser.find(By.id("signInFailed")).getText().contains("The user name or password is not right"));
    }

    @Test
    void signingOutEndsTheSession() {
        browser.open("me.xhtml");
        browser.signIn("mgr.ana", Deployments.PASSWORD);
        browser.waitForUrl("me.xhtml");
        assertEquals("MANAGER", browser.find(By.id("meRoles")).getText());
        assertEquals("HUB_TEAM_A", browser.find(By.id("meTeam")).getText());

        browser.click(By.id("signOut:signOutButton"));

        browser.waitForUrl("login.xhtml");
        assertTrue(browser.pageText().contains("You have signed out."));
        browser.open("index.xhtml");
        browser.waitForAjax();
        assertTrue(browser.find(By.id("signInButton")).isDisplayed(), "the worklist asks for sign-in again");
    }
}
