package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;

/**
 * Backs login-failed.xhtml: tells a person whose failed attempt has just locked the name they tried until when it
 * stays locked (R27). Says the same for a name that has no account, so the page never tells which names exist.
 */
@Named
@RequestScoped
public class SignInNotice {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SignInAttempts attempts;

    private String lockedUntil;

    public void load() {
        String tried = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("j_username");
        if (tried != null) {
            lockedUntil = attempts.lockedUntil(tried)
                    .map(until -> CLOCK_TIME.format(until.atZone(LockedAccountGate.HUB_TIME))).orElse(null);
        }
    }

    /** The time of day (hub time) the account opens again, or null when it is not locked. */
    public String getLockedUntil() {
        return lockedUntil;
    }
}
