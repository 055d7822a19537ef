package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R15 R26 in a real browser: an administrator sets response times and keeps bank holidays; bad input is told. */
class DueTimesPageIT extends InTheBrowser {

    @Test
    @DisplayName("R15 R22 R26 response times and bank holidays kept on a page; bad hours and dates are refused in words")
    void keepDueTimes() throws Exception {
        Api api = new Api(browser.application());
        JsonObject before = api.get("admin/response-times", "admin.eve", Deployments.PASSWORD).json();
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(System.currentTimeMillis() % 3000);
        browser.open("admin/due-times.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("admin/due-times.xhtml");
        assertEquals(String.valueOf(before.getInt("RED")), browser.find(By.id("dueTimes:red")).getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the due times page");
        try {
            browser.type(By.id("dueTimes:red"), "four");
            browser.submit(By.id("dueTimes:saveTimes"));
            assertTrue(browser.pageText().contains("Give the hours for red as a whole number from 1 to 720"),
                    browser.pageText());
            browser.type(By.id("dueTimes:red"), "0");
            browser.submit(By.id("dueTimes:saveTimes"));
            assertTrue(browser.pageText().contains("Give the hours for red as a whole number from 1 to 720"),
                    browser.pageText());
            assertEquals(before, api.get("admin/response-times", "admin.eve", Deployments.PASSWORD).json(),
                    "refused hours change nothing");

            browser.type(By.id("dueTimes:red"), String.valueOf(before.getInt("RED") + 1));
            browser.submit(By.id("dueTimes:saveTimes"));
            assertTrue(browser.pageText().contains("Response times saved"), browser.pageText());
            assertEquals(before.getInt("RED") + 1, api.get("admin/response-times", "admin.eve",
                    Deployments.PASSWORD).json().getInt("RED"));
        } finally {
            assertEquals(200, api.put("admin/response-times", "admin.eve", Deployments.PASSWORD, before.toString())
                    .status());
        }

        String shown = day.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        browser.typeDate("dueTimes:day", "27", "12", "90");
        browser.type(By.id("dueTimes:holidayName"), "Boxing Day (substitute)");
        browser.submit(By.id("dueTimes:addHoliday"));
        assertTrue(browser.pageText().contains("The bank holiday: the year must include 4 numbers"),
                browser.pageText());
        assertEquals("Boxing Day (substitute)", browser.find(By.id("dueTimes:holidayName")).getAttribute("value"));
        browser.typeDate("dueTimes:day", String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getYear()));
        browser.submit(By.id("dueTimes:addHoliday"));
        assertTrue(browser.pageText().contains("Bank holiday " + shown + " added."), browser.pageText());
        assertTrue(api.get("admin/bank-holidays", "admin.eve", Deployments.PASSWORD).raw().body()
                .contains(day.toString()));
        assertEquals(List.of(), browser.accessibilityProblems(), "the due times page after a change");
        browser.screenshot("due-times");

        browser.submit(By.cssSelector("input[value='Remove " + shown + "']"));
        assertTrue(browser.pageText().contains("Bank holiday " + shown + " removed."), browser.pageText());
        assertFalse(api.get("admin/bank-holidays", "admin.eve", Deployments.PASSWORD).raw().body()
                .contains(day.toString()));
    }

    @Test
    @DisplayName("R30 R22 the hub's decision hours by priority are kept on the same page; bad hours change nothing")
    void keepDecisionTimes() throws Exception {
        Api api = new Api(browser.application());
        JsonObject before = api.get("admin/decision-times", "admin.eve", Deployments.PASSWORD).json();
        browser.open("admin/due-times.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("admin/due-times.xhtml");
        assertEquals(String.valueOf(before.getInt("RED")),
                browser.find(By.id("dueTimes:decisionRed")).getAttribute("value"));
        try {
            browser.type(By.id("dueTimes:decisionRed"), "241");
            browser.submit(By.id("dueTimes:saveDecisionTimes"));
            assertTrue(browser.pageText().contains(
                    "Give the hours for the hub's decision on red as a whole number from 1 to 240"), browser.pageText());
            assertEquals(before, api.get("admin/decision-times", "admin.eve", Deployments.PASSWORD).json());

            browser.type(By.id("dueTimes:decisionRed"), "3");
            browser.submit(By.id("dueTimes:saveDecisionTimes"));
            assertTrue(browser.pageText().contains("Hub decision times saved"), browser.pageText());
            assertEquals(3, api.get("admin/decision-times", "admin.eve", Deployments.PASSWORD).json().getInt("RED"));
        } finally {
            assertEquals(200, api.put("admin/decision-times", "admin.eve", Deployments.PASSWORD, before.toString())
                    .status());
        }
    }
}
