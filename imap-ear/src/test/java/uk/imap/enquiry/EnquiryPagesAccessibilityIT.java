package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import uk.imap.Browser;
import uk.imap.Deployments;

/** Every page of the first slice, checked with axe-core against WCAG 2.1 A and AA in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnquiryPagesAccessibilityIT {

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
    @DisplayName("R26 the sign-in page and its failure message meet WCAG 2.1 AA")
    void signIn() {
        browser.open("login.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.signIn("prac.sam", "not-the-password");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    @DisplayName("R26 the worklist, intake form, refused intake, enquiry and account pages meet WCAG 2.1 AA")
    void hubPages() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems(), "intake form");

        browser.click(By.id("intake:save"));
        assertEquals(List.of(), browser.accessibilityProblems(), "intake form with its messages");

        new Select(browser.find(By.id("intake:source"))).selectByValue("ANONYMOUS");
        browser.type(By.id("intake:summary"), "Shouting heard nightly");
        new Select(browser.find(By.id("intake:threshold"))).selectByValue("EARLY_HELP");
        new Select(browser.find(By.id("intake:priority"))).selectByValue("GREEN");
        browser.type(By.id("intake:subject:0:givenName"), "Robin");
        browser.type(By.id("intake:subject:0:familyName"), "Jones");
        browser.click(By.id("intake:save"));
        browser.waitForUrl("enquiry/detail.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems(), "enquiry detail");
        for (String kind : List.of("GRANTED", "REFUSED", "NOT_SOUGHT", "IMPLIED_BY_SERVICE")) {
            browser.click(By.cssSelector("input[name='consent:kind'][value='" + kind + "']"));
            assertEquals(List.of(), browser.accessibilityProblems(), "consent form for " + kind);
        }
        browser.click(By.id("consent:recordConsent"));
        assertEquals(List.of(), browser.accessibilityProblems(), "consent form with its messages");
        browser.click(By.id("lifecycle:open"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the R1 refusal");

        browser.open("index.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "worklist");

        browser.open("me.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "my account");
    }
}
