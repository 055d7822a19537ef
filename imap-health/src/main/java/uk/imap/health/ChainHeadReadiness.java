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
 * Ready to take work only while the database answers and the audit chain's head names the last event as it is
 * stored: a server that cannot append events must refuse every change (R18), so it must not be sent any. Reports
 * the head's position and how many events wait for the sequencer since when (issue 16: about a second's worth is
 * normal; more says the sequencer is stuck on every server), never anything an event holds.
 */
@Readiness
@ApplicationScoped
public class ChainHeadReadiness implements HealthCheck {

    static final String NAME = "imap-database-and-audit-chain-head";

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection();
             PreparedStatement head = connection.prepareStatement(
                     "SELECT h.position, h.hash, e.hash FROM audit_chain_head h"
                             + " LEFT JOIN audit_event e ON e.position = h.position WHERE h.id = 1");
             ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                return down("no chain head");
            }
            long position = row.getLong(1);
            boolean consistent = position == 0 || row.getString(2).equals(row.getString(3));
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(consistent)
                    .withData("position", position)
                    .withData("problem", consistent ? "none" : "the head does not match the last event");
            waiting(connection, response);
            return response.build();
        } catch (SQLException e) {
            return down("the database did not answer");
        }
    }

    private static void waiting(Connection connection, HealthCheckResponseBuilder response) throws SQLException {
        try (PreparedStatement waiting = connection.prepareStatement(
                "SELECT COUNT(*), MIN(occurred_at) FROM audit_entry"); ResultSet row = waiting.executeQuery()) {
            row.next();
            response.withData("waitingForSequencer", row.getLong(1));
            String oldest = row.getString(2);
            response.withData("oldestWaitingAt", oldest == null ? "none" : oldest);
        }
    }

    private static HealthCheckResponse down(String problem) {
        return HealthCheckResponse.named(NAME).down().withData("problem", problem).build();
    }
}
