package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "My account": an access token for a partner system, made by someone already signed in, shown once in the answer
 * to the click and never kept in the session.
 */
@Named
@RequestScoped
public class SystemTokenPage {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final ZoneId HUB_TIME = ZoneId.of("Europe/London");

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
        return issued == null ? "" : CLOCK_TIME.format(issued.expiresAt().atZone(HUB_TIME));
    }
}
