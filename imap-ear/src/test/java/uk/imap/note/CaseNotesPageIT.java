package uk.imap.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;
import uk.imap.pages.EnquiryPage;

/** Case notes, a strategy discussion and the chronology on the enquiry page, as a practitioner uses them (R29, R26). */
class CaseNotesPageIT extends InTheBrowser {

    @Test
    @DisplayName("R29 R26 a note and a strategy discussion are written on the enquiry page and shown in its chronology")
    void notesAndChronology() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).open().reference();
        EnquiryPage page = EnquiryPage.openAs(browser, reference, "prac.sam");

        page.writeNote("Spoke to the school nurse about bruising");
        assertTrue(page.notes().contains("Spoke to the school nurse about bruising"), page.notes());
        assertTrue(page.chronology().contains("Spoke to the school nurse about bruising"), page.chronology());

        page.strategyDiscussion().saveNote();
        String refused = page.notesForm();
        assertTrue(refused.contains("Say what was decided") && refused.contains("Give the next steps")
                && refused.contains("Name who took part"), refused);
        assertEquals(List.of(), browser.accessibilityProblems(), "the notes form with its messages");

        page.happenedAt("14", "3", "", "10:30").saveNote();
        assertTrue(page.notesForm().contains("When it happened must include a year"), page.notesForm());
        assertEquals("14", browser.find(By.id("notes:occurredAt")).getAttribute("value"), "what was typed is kept");
        page.happenedAt("31", "2", "2026", "10:30").saveNote();
        assertTrue(page.notesForm().contains("When it happened must be a real date"), page.notesForm());

        LocalDateTime earlier = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(2)
                .truncatedTo(ChronoUnit.MINUTES);
        page.discussed("Police and school shared what they know", earlier, "DS Ray Brook", "Police",
                "Section 47 enquiries to begin", "Joint visit tomorrow").saveNote();
        assertTrue(page.notes().contains("DS Ray Brook (Police)"), page.notes());
        assertTrue(page.notes().contains("Joint visit tomorrow"), page.notes());

        page.chronologyOf("STRATEGY_DISCUSSION");
        String strategies = page.chronology();
        assertTrue(strategies.contains("Section 47 enquiries to begin"), strategies);
        assertFalse(strategies.contains("school nurse"), strategies);
        assertEquals(List.of(), browser.accessibilityProblems(), "the enquiry page with notes and chronology");
    }

    @Test
    @DisplayName("R26 after an action far down the page, focus moves to its outcome, refused or done")
    void focusMovesToTheOutcome() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).open().reference();
        EnquiryPage page = EnquiryPage.openAs(browser, reference, "prac.sam");
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.scrollTo(0, document.body.scrollHeight);");

        browser.click(By.id("lifecycle:close"));
        assertTrue(String.valueOf(script.executeScript("return document.activeElement.className;"))
                .contains("error-summary"), browser.pageText());

        page.writeNote("Checked with the health visitor");
        String focused = String.valueOf(script.executeScript("return document.activeElement.textContent;"));
        assertTrue(focused.contains("The case note is saved"), focused);
    }
}
