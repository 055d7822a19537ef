package uk.imap.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.calendar.BankHolidays;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.DecisionTimeSettings;
import uk.imap.enquiry.Priority;
import uk.imap.shared.DomainException;
import uk.imap.shared.FieldProblem;
import uk.imap.sharing.ResponseTimeSettings;
import uk.imap.web.DateBoxes;
import uk.imap.web.FieldMessages;
import uk.imap.web.Notices;

/**
 * Backs admin/due-times.xhtml: administrators set the hours agencies have to answer and the hours the hub has for
 * its decision, by priority (R15, R30), and keep the bank holidays that decide working days; each change audited by
 * the services.
 */
@Named
@ViewScoped
public class DueTimesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResponseTimeSettings responseTimes;

    @Inject
    transient DecisionTimeSettings decisionTimes;

    @Inject
    transient BankHolidays bankHolidays;

    private Integer red;
    private Integer amber;
    private Integer green;
    // Keyed by the priority's name: the page's expressions look values up by text.
    private final Map<String, Integer> decisionHours = new HashMap<>();
    private List<BankHolidays.Holiday> holidays;
    private DateBoxes newDay = new DateBoxes();
    private String newName;

    public void load() {
        Map<Priority, Integer> hours = responseTimes.hours();
        red = hours.get(Priority.RED);
        amber = hours.get(Priority.AMBER);
        green = hours.get(Priority.GREEN);
        decisionHours.clear();
        decisionTimes.hours().forEach((priority, given) -> decisionHours.put(priority.name(), given));
        holidays = bankHolidays.all();
    }

    public void saveTimes() {
        Map<Priority, Integer> hours = new EnumMap<>(Priority.class);
        hours.put(Priority.RED, red);
        hours.put(Priority.AMBER, amber);
        hours.put(Priority.GREEN, green);
        act(() -> responseTimes.change(hours), "Response times saved: requests sent from now on are due by them.");
    }

    public void saveDecisionTimes() {
        Map<Priority, Integer> hours = new EnumMap<>(Priority.class);
        decisionHours.forEach((name, given) -> hours.put(Priority.valueOf(name), given));
        act(() -> decisionTimes.change(hours),
                "Hub decision times saved: enquiries received from now on are due by them.");
    }

    public void addHoliday() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = newDay.date("day", "The bank holiday", problems);
        if (day == null && problems.isEmpty()) {
            problems.add(new FieldProblem("day", "Give the day of the bank holiday"));
        }
        if (!problems.isEmpty()) {
            FieldMessages.show("dueTimes", problems);
            return;
        }
        act(() -> bankHolidays.add(day, newName), "Bank holiday " + WorkingCalendar.day(day) + " added.");
    }

    public void removeHoliday(LocalDate day) {
        act(() -> bankHolidays.remove(day), "Bank holiday " + WorkingCalendar.day(day) + " removed.");
    }

    /** A bank holiday's day as people read it. */
    public String dayOf(LocalDate day) {
        return WorkingCalendar.day(day);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notices.inform(done);
            newDay = new DateBoxes();
            newName = null;
            load();
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public Integer getRed() {
        return red;
    }

    public void setRed(Integer red) {
        this.red = red;
    }

    public Integer getAmber() {
        return amber;
    }

    public void setAmber(Integer amber) {
        this.amber = amber;
    }

    public Integer getGreen() {
        return green;
    }

    public void setGreen(Integer green) {
        this.green = green;
    }

    /** The hub's hours for its decision, by priority name, as the form edits them. */
    public Map<String, Integer> getDecisionHours() {
        return decisionHours;
    }

    public List<BankHolidays.Holiday> getHolidays() {
        return holidays;
    }

    public DateBoxes getNewDay() {
        return newDay;
    }

    public void setNewDay(DateBoxes newDay) {
        this.newDay = newDay;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
