package uk.imap.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.imap.access.Roles;
import uk.imap.audit.control.SiemSettings;

/** R34: how far the audit trail has reached the SIEM, for the auditor (GET /audit/feed and the audit page). */
@Stateless
public class AuditFeed {

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @RolesAllowed(Roles.AUDITOR)
    public AuditFeedState state() {
        try (Connection connection = database.getConnection()) {
            return AuditFeedState.read(connection, SiemSettings.configuredReceiver());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit feed's position cannot be read", e);
        }
    }
}
