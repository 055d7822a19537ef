package uk.imap.schema.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** What IMAP sets on EclipseLink's session beyond JPA's settings: a persistence unit names one customizer. */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new CollectionsInBatches().customize(session);
        new NumbersOnTheirOwnConnection().customize(session);
        new OwnerKeyInFirstInsert().customize(session);
        new ViewClearedOnChange().customize(session);
    }
}
