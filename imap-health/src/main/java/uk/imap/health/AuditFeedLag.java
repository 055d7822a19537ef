package uk.imap.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The audit feed's lag (R34) for the monitoring that reads readiness: events not yet known delivered to the SIEM and
 * when the oldest happened. Always up: a SIEM that is down must not take IMAP out of service, as the events wait in
 * the database; the database check says whether IMAP itself can work.
 */
@Readiness
@ApplicationScoped
public class AuditFeedLag implements HealthCheck {

    static final String NAME = "imap-audit-feed";

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        String receiver = System.getProperty("imap.siem.receiver", System.getenv("IMAP_SIEM_RECEIVER"));
        response.withData("forwardedTo", receiver == null || receiver.isBlank() ? "none configured" : receiver);
        try (Connection connection = database.getConnection();
             PreparedStatement lag = connection.prepareStatement("SELECT h.position - f.position, e.occurred_at"
                     + " FROM audit_feed f JOIN audit_chain_head h ON h.id = 1"
                     + " LEFT JOIN audit_event e ON e.position = f.position + 1 WHERE f.id = 1");
             ResultSet row = lag.executeQuery()) {
            if (row.next()) {
                response.withData("pending", Math.max(0, row.getLong(1)));
                String oldest = row.getString(2);
                response.withData("oldestPendingAt", oldest == null ? "none" : oldest);
            }
        } catch (SQLException e) {
            response.withData("pending", "unknown: the database did not answer");
        }
        return response.build();
    }
}
