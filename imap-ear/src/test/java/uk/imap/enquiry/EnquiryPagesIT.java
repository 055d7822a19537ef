package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.Browser;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;
import uk.imap.pages.IntakePage;

/** The intake form and the worklist in headless Chromium, as a hub practitioner uses them. */
class EnquiryPagesIT extends InTheBrowser {

    // The worklist page's rows a page (EnquiryWorklist, in the web module the tests do not compile against).
    static final int ROWS_A_PAGE = 25;

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

        newestFirst();
        browser.screenshot("worklist");
        assertTrue(browser.find(By.id("worklistForm:worklist")).getText().contains(reference));
    }

    @Test
    @DisplayName("R22 an empty summary shows its message next to the field and creates nothing")
    void anEmptySummaryIsRefusedNextToTheField() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        new IntakePage(browser).fill("", "S17_CHILD_IN_NEED", "RED", "Robin", "Jones");

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
    @DisplayName("R1 R3 R6 intake, then consent not sought with a ground, then open: the worklist flags it for review")
    void intakeToAnOpenEnquiryFlaggedForReview() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        String reference = new IntakePage(browser)
                .fill("Neighbour hears a child crying every night", "S17_CHILD_IN_NEED", "RED", "Casey", "Brown")
                .save();

        browser.click(By.id("lifecycle:open"));
        assertTrue(browser.find(By.id("notices")).getText().contains("Record a consent decision before opening"),
                "R1 refusal is shown");
        assertEquals("Draft", browser.find(By.id("status")).getText());

        browser.click(By.cssSelector("input[name='consent:kind'][value='NOT_SOUGHT']"));
        browser.click(By.cssSelector("input[name='consent:grounds'][value='RISK_OF_HARM']"));
        browser.type(By.id("consent:justification"), "Asking the parents would put the child at risk");
        browser.screenshot("consent-not-sought");
        browser.click(By.id("consent:recordConsent"));
        assertTrue(browser.find(By.id("consentHistory")).getText().contains("Consent not sought"));

        browser.click(By.id("lifecycle:open"));
        assertEquals("Open", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("reviewFlag")).isDisplayed());
        browser.screenshot("enquiry-open");

        newestFirst();
        WebElement row = browser.find(By.xpath("//tr[.//a[text()='" + reference + "']]"));
        assertTrue(row.getText().contains("Consent to review"), row.getText());
        assertTrue(row.getText().contains("Casey Brown"), row.getText());
        browser.screenshot("worklist-review-flag");
    }

    @Test
    @DisplayName("R21 the second of two saves is told who changed the enquiry and keeps what was typed")
    void theSecondSaveIsToldAndKeepsItsTyping() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        String reference = new IntakePage(browser).fill("Original summary", "EARLY_HELP", "GREEN", "Alex", "Green").save();

        try (Browser manager = new Browser(browser.application())) {
            browser.open("enquiry/edit.xhtml?reference=" + reference);
            browser.waitForAjax();
            manager.open("enquiry/edit.xhtml?reference=" + reference);
            manager.signIn("mgr.ana", Deployments.PASSWORD);
            manager.waitForUrl("enquiry/edit.xhtml");
            manager.type(By.id("intake:summary"), "The manager's summary");
            manager.click(By.id("intake:save"));
            manager.waitForUrl("enquiry/detail.xhtml");

            browser.type(By.id("intake:summary"), "The practitioner's summary");
            browser.click(By.id("intake:save"));

            assertTrue(browser.find(By.id("intake:problems")).getText().contains("changed by mgr.ana"),
                    browser.find(By.id("intake:problems")).getText());
            assertEquals("The practitioner's summary", browser.find(By.id("intake:summary")).getAttribute("value"));
            browser.screenshot("edit-conflict");
        }
    }

    @Test
    @DisplayName("R24 typing a child already known offers the match; linking is the practitioner's choice")
    void aKnownChildIsOfferedAndLinkedByChoice() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        String family = "Ashdown" + (char) ('a' + (System.nanoTime() % 26));
        draftAbout(family, "2016-05-06");
        browser.open("enquiry/new.xhtml");
        browser.waitForAjax();

        browser.type(By.id("intake:subject:0:givenName"), "Robyn");
        browser.type(By.id("intake:subject:0:familyName"), family);
        new IntakePage(browser).bornOn("6", "5", "2016");

        WebElement offer = browser.find(By.id("intake:subject:0:knownPeople"));
        assertTrue(offer.getText().contains("same date of birth"), offer.getText());
        assertTrue(browser.driver().findElements(By.xpath("//input[@name='intake:subject:0:linkedSubjectId' and @value!='']"))
                .stream().noneMatch(WebElement::isSelected), "nothing is linked until the practitioner chooses");
        browser.screenshot("known-people-offered");
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the offer of known people");
        browser.click(By.xpath("//input[@name='intake:subject:0:linkedSubjectId' and @value!='']"));
        new Select(browser.find(By.id("intake:source"))).selectByValue("ANONYMOUS");
        browser.type(By.id("intake:summary"), "Second concern about the same child");
        new Select(browser.find(By.id("intake:threshold"))).selectByValue("EARLY_HELP");
        new Select(browser.find(By.id("intake:priority"))).selectByValue("GREEN");
        browser.click(By.id("intake:save"));

        browser.waitForUrl("enquiry/detail.xhtml");
        browser.screenshot("known-person-linked");
        assertTrue(browser.find(By.id("subjects")).getText().contains("Linked to a person already known"),
                browser.find(By.id("subjects")).getText());
    }

    private void draftAbout(String familyName, String dateOfBirth) {
        LocalDate born = LocalDate.parse(dateOfBirth);
        new IntakePage(browser).fill("First concern", "EARLY_HELP", "GREEN", "Robin", familyName)
                .bornOn(String.valueOf(born.getDayOfMonth()), String.valueOf(born.getMonthValue()),
                        String.valueOf(born.getYear()))
                .save();
    }

    @Test
    @DisplayName("R29 R26 the worklist a page at a time: where it stands, the next page and back, by keyboard-usable"
            + " buttons")
    void theWorklistPageByPage() throws Exception {
        Api api = new Api(browser.application());
        List<String> made = new ArrayList<>();
        for (int i = 0; i <= ROWS_A_PAGE; i++) {
            made.add(api.post("enquiries", "prac.lee", Deployments.PASSWORD, """
                    {"source": "ANONYMOUS", "summary": "One of a page and one more", "threshold": "EARLY_HELP",
                     "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Pat", "familyName": "Page",
                     "relationship": "SUBJECT"}]}""").json().getString("reference"));
        }
        String newest = made.get(made.size() - 1);
        String oneBeyondTheFirstPage = made.get(0);
        browser.open("");
        browser.signIn("prac.lee", Deployments.PASSWORD);
        browser.waitForUrl("/imap/");
        newestFirst();

        By position = By.id("worklistPosition");
        By rows = By.id("worklistForm:worklist");
        assertTrue(browser.find(position).getText().matches("\\d+ enquiries, page 1 of ([2-9]|\\d{2,})"),
                browser.find(position).getText());
        assertTrue(browser.find(rows).getText().contains(newest));
        assertFalse(browser.find(rows).getText().contains(oneBeyondTheFirstPage));
        assertFalse(browser.find(By.id("worklistForm:previous")).isEnabled(), "no page before the first");

        browser.click(By.id("worklistForm:next"));
        assertTrue(browser.find(position).getText().contains("page 2 of"), browser.find(position).getText());
        assertEquals("worklistPosition", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the keyboard goes on from where the list now stands");
        assertTrue(browser.find(rows).getText().contains(oneBeyondTheFirstPage));
        assertFalse(browser.find(rows).getText().contains(newest));

        browser.click(By.id("worklistForm:previous"));
        assertTrue(browser.find(position).getText().contains("page 1 of"), browser.find(position).getText());
        assertTrue(browser.find(rows).getText().contains(newest));
    }

    /** The worklist, newest first, so an enquiry a test just made is on its first page. */
    private void newestFirst() {
        browser.open("index.xhtml");
        browser.waitForAjax();
        new Select(browser.find(By.id("worklistForm:order"))).selectByValue("NEWEST");
        browser.click(By.id("worklistForm:show"));
    }

    @Test
    @DisplayName("R16 an auditor signs in to a page that says it has no worklist, not to a failure")
    void otherRolesHaveNoWorklist() {
        browser.open("");
        browser.signIn("audit.max", Deployments.PASSWORD);
        browser.waitForAjax();

        assertTrue(browser.find(By.id("noWorklist")).getText().contains("no worklist"));
        assertTrue(browser.driver().findElements(By.linkText("New enquiry")).isEmpty());
    }

    @Test
    void aWrongPasswordIsToldClearly() {
        browser.open("");
        // A name of its own: wrong passwords for a demo user would lock it for the tests that follow (R27).
        browser.signIn("sam.typo." + System.nanoTime(), "not-the-password");

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
