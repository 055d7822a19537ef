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
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to take work only while the database answers and the audit chain's head names the last event as it is
 * stored: a server that cannot append events must refuse every change (R18), so it must not be sent any. Reports
 * the head's position, never anything an event holds.
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
            return HealthCheckResponse.named(NAME).status(consistent).withData("position", position)
                    .withData("problem", consistent ? "none" : "the head does not match the last event").build();
        } catch (SQLException e) {
            return down("the database did not answer");
        }
    }

    private static HealthCheckResponse down(String problem) {
        return HealthCheckResponse.named(NAME).down().withData("problem", problem).build();
    }
}
