package uk.imap.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.imap.enquiry.Outcome;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.Notices;

/** Backs admin/retention.xhtml: administrators set how long closed enquiries are kept, by outcome (R33). */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One outcome's period as the form edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Outcome outcome;
        private String period;

        Row(Outcome outcome, String period) {
            this.outcome = outcome;
            this.period = period;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }
    }

    @Inject
    transient RetentionScheduleSettings settings;

    private List<Row> rows = new ArrayList<>();

    public void load() {
        rows = new ArrayList<>();
        settings.schedule().periods().forEach((outcome, period) -> rows.add(new Row(outcome, period.toString())));
    }

    public void save() {
        Map<String, String> typed = new LinkedHashMap<>();
        rows.forEach(row -> typed.put(row.outcome.name(), row.period));
        try {
            settings.change(typed);
            Notices.inform("Retention schedule saved. The disposal list follows it from now on; nothing is disposed"
                    + " of until a manager or the Caldicott Guardian confirms.");
            load();
        } catch (InvalidInput invalid) {
            // The form repeats a row per outcome: each problem goes beside its own row's box.
            List<FieldProblem> placed = new ArrayList<>();
            for (FieldProblem problem : invalid.problems()) {
                int row = indexOf(problem.field());
                placed.add(row < 0 ? problem : new FieldProblem("periods[" + row + "].period", problem.message()));
            }
            Notices.refuse("retention", new InvalidInput(placed));
        }
    }

    private int indexOf(String outcome) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).outcome.name().equals(outcome)) {
                return i;
            }
        }
        return -1;
    }

    public List<Row> getRows() {
        return rows;
    }
}
