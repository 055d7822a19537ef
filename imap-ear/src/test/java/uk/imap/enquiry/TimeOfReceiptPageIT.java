package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;
import uk.imap.pages.IntakePage;

/** R30 in a real browser: the time of receipt typed in day, month and year boxes, told in words when wrong. */
class TimeOfReceiptPageIT extends InTheBrowser {

    @Test
    @DisplayName("R30 R22 R26 a wrong time of receipt or date of birth is named in words and keeps what was typed; an earlier receipt with its reason is shown on the enquiry")
    void typeTheTimeOfReceipt() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems(), "the intake form with its date boxes");
        IntakePage intake = new IntakePage(browser).fill("Found wandering by the canal", "EARLY_HELP", "RED", "Cal",
                "Moss");

        intake.bornOn("14", "3", "");
        intake.received("22", "7", "89", "10:00", "");
        browser.click(By.id("intake:save"));
        assertTrue(browser.pageText().contains("Time of receipt: the year must include 4 numbers"), browser.pageText());
        assertTrue(browser.pageText().contains("Date of birth must include a year"), browser.pageText());
        assertEquals("14", browser.find(By.id("intake:subject:0:dateOfBirth")).getAttribute("value"));
        intake.bornOn("14", "3", "2016");
        assertEquals("89", browser.find(By.id("intake:receivedAt_year")).getAttribute("value"), "typed text kept");
        assertEquals("Found wandering by the canal", browser.find(By.id("intake:summary")).getAttribute("value"));

        LocalDateTime yesterday = LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(1).withSecond(0).withNano(0);
        intake.received(String.valueOf(yesterday.getDayOfMonth()), String.valueOf(yesterday.getMonthValue()),
                String.valueOf(yesterday.getYear()), "", "");
        browser.click(By.id("intake:save"));
        assertTrue(browser.pageText().contains("Time of receipt must include a time of day"), browser.pageText());

        intake.received(String.valueOf(yesterday.getDayOfMonth()), String.valueOf(yesterday.getMonthValue()),
                String.valueOf(yesterday.getYear()), yesterday.format(DateTimeFormatter.ofPattern("HH:mm")), "");
        browser.click(By.id("intake:save"));
        assertTrue(browser.pageText().contains("Say why the referral is recorded later than it arrived"),
                browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the form with its messages");

        browser.type(By.id("intake:receivedAtReason"), "Left on the out-of-hours answerphone");
        String reference = intake.save();

        String received = browser.find(By.id("receivedAt")).getText();
        assertTrue(received.contains(yesterday.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK))),
                received);
        assertTrue(received.contains("recorded later: Left on the out-of-hours answerphone"), received);
        assertTrue(reference.startsWith("IMAP-"), reference);
        assertTrue(browser.find(By.id("subjects")).getText().contains("14 Mar 2016"), browser.find(By.id("subjects"))
                .getText());
    }
}
