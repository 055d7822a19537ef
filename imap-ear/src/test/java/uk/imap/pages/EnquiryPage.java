package uk.imap.pages;

import java.time.LocalDateTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Browser;

/**
 * enquiry/detail.xhtml as the tests drive it: what it shows, asking agencies, and asking for an override. Its forms
 * for changes are opened as a person opens them, with their buttons, before they are filled or read.
 */
public final class EnquiryPage {

    private final Browser browser;

    public EnquiryPage(Browser browser) {
        this.browser = browser;
    }

    /** Signs in as {@code username} on the way to the enquiry's page. */
    public static EnquiryPage openAs(Browser browser, String reference, String username) {
        browser.signInAt("enquiry/detail.xhtml?reference=" + reference, username);
        return new EnquiryPage(browser);
    }

    public String reference() {
        return browser.find(By.id("reference")).getText();
    }

    /** The status in words, as the page shows it ("Open", "Awaiting information", "Decision"). */
    public String status() {
        return browser.find(By.id("status")).getText();
    }

    /** The requests section: each request with its answers side by side. */
    public String requests() {
        return browser.find(By.id("requests")).getText();
    }

    /** The form that asks agencies, with its messages. */
    public String askForm() {
        browser.openForm("ask");
        return browser.find(By.id("ask")).getText();
    }

    /** Row {@code row} of the form that asks agencies (R10: one agency, one reason per row). */
    public RequestRow request(int row) {
        browser.openForm("ask");
        return new RequestRow(row);
    }

    /** Adds a row to ask one more agency. */
    public EnquiryPage addRequestRow() {
        browser.openForm("ask");
        browser.click(By.id("ask:addRow"));
        return this;
    }

    public EnquiryPage sendRequests() {
        browser.openForm("ask");
        browser.click(By.id("ask:sendRequests"));
        return this;
    }

    /** Opens the override form (or sends it as it stands): the public-interest case against a refusal (R4). */
    public EnquiryPage askOverride() {
        browser.openForm("override");
        browser.click(By.id("override:askOverride"));
        return this;
    }

    /** Types the public-interest case and sends it. */
    public EnquiryPage askOverride(String justification, String harmOfSharing, String harmOfNotSharing) {
        browser.openForm("override");
        browser.type(By.id("override:justification"), justification);
        browser.type(By.id("override:harmOfSharing"), harmOfSharing);
        browser.type(By.id("override:harmOfNotSharing"), harmOfNotSharing);
        return askOverride();
    }

    /** The override section, with its messages. */
    public String overrideForm() {
        browser.openForm("override");
        return browser.find(By.id("override")).getText();
    }

    /** The overrides asked for on this enquiry, with their states. */
    public String overrides() {
        return browser.find(By.id("overrideList")).getText();
    }

    /** Writes a case note as it stands in the notes form (R29). */
    public EnquiryPage writeNote(String text) {
        browser.openForm("notes");
        browser.type(By.id("notes:text"), text);
        return saveNote();
    }

    public EnquiryPage saveNote() {
        browser.openForm("notes");
        browser.click(By.id("notes:writeNote"));
        return this;
    }

    /** Types when a note's event happened, box by box, as a person would. */
    public EnquiryPage happenedAt(String day, String month, String year, String time) {
        browser.openForm("notes");
        browser.typeDate("notes:occurredAt", day, month, year);
        browser.type(By.id("notes:occurredAt_time"), time);
        return this;
    }

    /** Switches the notes form to a strategy discussion, which asks for more. */
    public EnquiryPage strategyDiscussion() {
        browser.openForm("notes");
        browser.click(By.cssSelector("input[name='notes:kind'][value='STRATEGY_DISCUSSION']"));
        return this;
    }

    /** Fills a strategy discussion with one participant, and when it happened in the day, month and year boxes. */
    public EnquiryPage discussed(String text, LocalDateTime when, String name, String agency, String decision,
                                 String nextSteps) {
        browser.openForm("notes");
        browser.type(By.id("notes:text"), text);
        happenedAt(Integer.toString(when.getDayOfMonth()), Integer.toString(when.getMonthValue()),
                Integer.toString(when.getYear()), String.format("%02d:%02d", when.getHour(), when.getMinute()));
        browser.click(By.id("notes:addParticipant"));
        browser.type(By.id("notes:participants:0:name"), name);
        browser.type(By.id("notes:participants:0:agency"), agency);
        browser.type(By.id("notes:decision"), decision);
        browser.type(By.id("notes:nextSteps"), nextSteps);
        return this;
    }

    /** The notes form with its messages. */
    public String notesForm() {
        browser.openForm("notes");
        return browser.find(By.id("notes")).getText();
    }

    /** The notes written, with their corrections. */
    public String notes() {
        return browser.find(By.id("noteList")).getText();
    }

    /** The chronology as filtered. */
    public String chronology() {
        return browser.find(By.id("chronology")).getText();
    }

    /** Shows only the chronology's entries of one kind, by its code. */
    public EnquiryPage chronologyOf(String kind) {
        new Select(browser.find(By.id("chronologyFilter:kindShown"))).selectByValue(kind);
        browser.click(By.id("chronologyFilter:filter"));
        return this;
    }

    /** One row of the form that asks agencies. */
    public final class RequestRow {

        private final String prefix;

        private RequestRow(int row) {
            this.prefix = "ask:requests:" + row + ":";
        }

        /** Fills every field of the row: the agency by code, and the first gateway and category offered. */
        public RequestRow fill(String agency, String purpose, String necessity, String help, String hindrance) {
            return agency(agency).type("purpose", purpose).type("necessity", necessity).legalGateway(0).category(0)
                    .type("helpIfProvided", help).type("hindranceIfWithheld", hindrance);
        }

        public RequestRow agency(String code) {
            new Select(browser.find(By.id(prefix + "agency"))).selectByValue(code);
            return this;
        }

        /** Ticks the legal gateway at {@code index} in the list offered. */
        public RequestRow legalGateway(int index) {
            return tick(prefix + "legalGateways:" + index);
        }

        /** Ticks the category of information at {@code index} in the list offered. */
        public RequestRow category(int index) {
            return tick(prefix + "categories:" + index);
        }

        public RequestRow type(String field, String text) {
            browser.type(By.id(prefix + field), text);
            return this;
        }

        /** What the field holds now, as typed or as kept after a refusal. */
        public String value(String field) {
            return browser.find(By.id(prefix + field)).getAttribute("value");
        }

        private RequestRow tick(String id) {
            WebElement box = browser.find(By.id(id));
            if (!box.isSelected()) {
                box.click();
            }
            return this;
        }
    }
}
