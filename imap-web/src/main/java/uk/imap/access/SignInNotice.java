package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import uk.imap.access.control.SignInAttempts;
import uk.imap.calendar.WorkingCalendar;

/**
 * Backs login-failed.xhtml: tells a person whose failed attempt has just locked the name they tried until when it
 * stays locked (R27). Says the same for a name that has no account, so the page never tells which names exist.
 */
@Named
@RequestScoped
public class SignInNotice {

    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    @Inject
    SignInAttempts attempts;

    private String lockedUntil;

    public void load() {
        String tried = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("j_username");
        if (tried != null) {
            lockedUntil = attempts.lockedUntil(tried)
                    .map(WorkingCalendar::clockTime).orElse(null);
        }
    }

    /**
     * The time of day the gate put in the locked page's address, if it is one: anything else typed there is never
     * shown, so the page cannot be made to say what someone else wrote.
     */
    public String getUntilInAddress() {
        String until = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("until");
        return until != null && CLOCK.matcher(until).matches() ? until : null;
    }

    /** The time of day (hub time) the account opens again, or null when it is not locked. */
    public String getLockedUntil() {
        return lockedUntil;
    }
}
