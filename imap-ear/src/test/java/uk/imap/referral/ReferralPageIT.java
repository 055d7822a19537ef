package uk.imap.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R32 in a real browser: the online referral form, outside sign-in, end to end. */
class ReferralPageIT extends InTheBrowser {

    @Test
    @DisplayName("R32 R22 R26 a professional refers without an account: problems named beside the fields, then only the reference shown")
    void referOnline() throws Exception {
        browser.open("refer.xhtml");
        assertTrue(browser.pageText().contains("Refer a child to the hub"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the referral form");

        browser.submit(By.id("referral:send"));
        assertTrue(browser.pageText().contains("Enter your name"), browser.pageText());
        assertTrue(browser.pageText().contains("Describe your concern about the child"), browser.pageText());

        browser.type(By.id("referral:referrerName"), "Sam Patel");
        browser.type(By.id("referral:referrerOrganisation"), "Riverside Surgery");
        browser.type(By.id("referral:referrerEmail"), "sam.patel@riverside.example");
        browser.type(By.id("referral:childGivenName"), "Ash");
        browser.type(By.id("referral:childFamilyName"), "Brook");
        browser.type(By.id("referral:childDateOfBirth"), "3");
        browser.type(By.id("referral:childDateOfBirth_month"), "11");
        browser.type(By.id("referral:childDateOfBirth_year"), "");
        browser.type(By.id("referral:concern"), "Ash told the nurse nobody is at home at night");
        new Select(browser.find(By.id("referral:urgency"))).selectByValue("TODAY");
        new Select(browser.find(By.id("referral:needSeen"))).selectByValue("S47_SIGNIFICANT_HARM");
        new Select(browser.find(By.id("referral:consentAsked"))).selectByValue("NOT_ASKED");
        browser.type(By.id("referral:consentDetails"), "Asking could put Ash at risk");
        browser.submit(By.id("referral:send"));
        assertTrue(browser.pageText().contains("Date of birth must include a year"), browser.pageText());
        assertEquals("Ash told the nurse nobody is at home at night",
                browser.find(By.id("referral:concern")).getAttribute("value"), "what was typed is kept");

        browser.type(By.id("referral:childDateOfBirth_year"), "2015");
        browser.submit(By.id("referral:send"));
        String reference = browser.find(By.id("reference")).getText();
        assertTrue(reference.matches("IMAP-\\d{4}-\\d{6}"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the form after sending");

        Api api = new Api(browser.application());
        var draft = api.get("enquiries/" + reference, "mgr.ana", Deployments.PASSWORD).json();
        assertEquals("RED", draft.getString("priority"));
        assertEquals("2015-11-03", draft.getJsonArray("subjects").getJsonObject(0).getString("dateOfBirth"));
    }
}
