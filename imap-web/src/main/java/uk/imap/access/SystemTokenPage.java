package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.imap.calendar.WorkingCalendar;

/**
 * "My account": an access token for a partner system, made by someone already signed in, shown once in the answer
 * to the click and never kept in the session.
 */
@Named
@RequestScoped
public class SystemTokenPage {

    @Inject
    AccessTokens accessTokens;

    private AccessToken issued;

    public void issue() {
        issued = accessTokens.issue();
    }

    public AccessToken getIssued() {
        return issued;
    }

    public String getExpiresAt() {
        return issued == null ? "" : WorkingCalendar.clockTime(issued.expiresAt());
    }
}
