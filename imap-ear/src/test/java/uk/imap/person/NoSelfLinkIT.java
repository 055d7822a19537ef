package uk.imap.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** R24: correcting an enquiry never offers its own people as already known, and never links a person to themselves. */
class NoSelfLinkIT extends InTheBrowser {

    @Test
    @DisplayName("R24 the edit page does not offer the person as known to the hub on their own enquiry")
    void notOfferedAsThemselves() throws Exception {
        String family = "Penhaligon" + (char) ('a' + System.nanoTime() % 26);
        Api api = new Api(browser.application());
        String earlier = HubScenario.on(api).child("Morwenna", family).open().reference();
        // A draft: its people can still be corrected on the edit page.
        String reference = api.post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Seen again", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Morwenna", "familyName": "%s",
                 "dateOfBirth": "2015-06-01", "relationship": "SUBJECT"}]}""".formatted(family)).json()
                .getString("reference");
        browser.signInAt("enquiry/edit.xhtml?reference=" + reference, "prac.sam");

        browser.type(By.id("intake:subject:0:givenName"), "Morwena");
        browser.find(By.id("intake:subject:0:givenName")).sendKeys(Keys.TAB);
        browser.waitForAjax();

        String offered = browser.find(By.id("intake:subject:0:knownPeople")).getText();
        assertTrue(offered.contains(earlier), offered);
        assertFalse(offered.contains(reference), offered);
    }

    @Test
    @DisplayName("R24 a correction that links a person to someone on the same enquiry is refused by field")
    void refusedOverTheApi() throws Exception {
        Api api = new Api(browser.application());
        String reference = HubScenario.on(api).open().reference();
        JsonObject enquiry = api.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD).json();
        long self = enquiry.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Answer refused = api.put("enquiries/" + reference, "prac.sam", Deployments.PASSWORD, """
                {"version": %d, "source": "ANONYMOUS", "summary": "Bruises seen at school",
                 "threshold": "S47_SIGNIFICANT_HARM", "priority": "RED",
                 "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Jones",
                 "relationship": "SUBJECT", "linkedSubjectId": %d}]}"""
                .formatted(enquiry.getJsonNumber("version").longValue(), self));

        assertEquals(400, refused.status(), refused.raw().body());
        assertEquals("subjects[0].linkedSubjectId", refused.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }
}
