package uk.imap.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** The search box in the header, its results and the person's page, as a practitioner uses them (R28, R26). */
class SearchPagesIT extends InTheBrowser {

    @Test
    @DisplayName("R28 R26 from the header's search box to the child's page and back to the enquiry, by keyboard")
    void searchToPersonToEnquiry() throws Exception {
        String family = "Quillfeather" + (char) ('a' + System.nanoTime() % 26);
        String reference = HubScenario.on(new Api(browser.application())).child("Tamsin", family).open().reference();
        browser.signInAt("index.xhtml", "prac.sam");

        browser.type(By.id("siteSearch"), "Tamzin " + family);
        browser.find(By.id("siteSearch")).sendKeys(Keys.ENTER);
        browser.waitForUrl("search.xhtml");

        assertTrue(browser.find(By.id("people")).getText().contains("Tamsin " + family), browser.pageText());
        assertTrue(browser.find(By.id("enquiries")).getText().contains(reference), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "search results");

        browser.submit(By.linkText("Tamsin " + family));
        assertTrue(browser.find(By.tagName("h1")).getText().contains("Tamsin " + family));
        assertTrue(browser.find(By.id("who")).getText().contains("1 Jun 2015"), browser.pageText());
        assertTrue(browser.find(By.id("personEnquiries")).getText().contains("Consent not sought"),
                browser.pageText());
        String story = browser.find(By.id("story")).getText();
        assertTrue(story.contains(reference) && story.contains("Enquiry raised") && story.contains("Consent not sought"),
                story);
        assertEquals(List.of(), browser.accessibilityProblems(), "person page");

        browser.submit(By.linkText(reference));
        browser.waitForUrl("enquiry/detail.xhtml");
        browser.submit(By.linkText("Tamsin " + family));
        browser.waitForUrl("person.xhtml");
    }

    @Test
    @DisplayName("R28 R26 a search too short to run says why beside the box, and nothing is searched")
    void tooShort() {
        browser.signInAt("search.xhtml?q=B1", "prac.sam");

        assertTrue(browser.find(By.id("qProblem")).getText().contains("too short"), browser.pageText());
        assertEquals("true", browser.find(By.id("q")).getAttribute("aria-invalid"));
        assertEquals(List.of(), browser.accessibilityProblems(), "a refused search");
    }
}
