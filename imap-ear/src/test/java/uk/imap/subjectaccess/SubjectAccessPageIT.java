package uk.imap.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** R33 R26 in a real browser: a manager produces the subject access bundle from the person's page. */
class SubjectAccessPageIT extends InTheBrowser {

    @Test
    @DisplayName("R33 R26 the team's manager produces the bundle from the person's page; practitioners are not"
            + " offered it; producing it is audited")
    void fromThePersonsPage() throws Exception {
        Api api = new Api(browser.application());
        String family = SubjectAccessIT.uniqueName();
        String given = SubjectAccessIT.uniqueName();
        LocalDate born = SubjectAccessIT.uniqueDateOfBirth();
        String reference = HubScenario.on(api).child(given, family).bornOn(born).open().reference();
        long person = SubjectAccessIT.personIn(api, reference, given, family, born);

        browser.signInAt("person.xhtml?id=" + person, "mgr.ana");
        assertEquals(List.of(), browser.accessibilityProblems(), "the person's page with the bundle's button");
        browser.click(By.id("subjectAccess:bundle"));

        boolean audited = false;
        for (int tries = 0; tries < 50 && !audited; tries++) {
            Thread.sleep(200);
            audited = api.get("audit/events?user=mgr.ana&action=SUBJECT_ACCESS_PRODUCED", "audit.max",
                    Deployments.PASSWORD).array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("recordId").equals(String.valueOf(person)));
        }
        assertTrue(audited, "the bundle was produced from the page");

        browser.signOut();
        browser.signInAt("person.xhtml?id=" + person, "prac.sam");
        assertFalse(browser.pageText().contains("Subject access bundle"), "a practitioner is not offered it");
    }
}
