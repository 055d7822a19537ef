package uk.imap.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs "The feed to the SIEM" on reports/audit.xhtml (R34): the lag, read once per request. */
@Named
@RequestScoped
public class AuditFeedPage {

    @Inject
    AuditFeed feed;

    private AuditFeedState state;

    public AuditFeedState getState() {
        if (state == null) {
            state = feed.state();
        }
        return state;
    }
}
