package uk.imap.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;

/**
 * R27: a session must not outlive the disabling of its account. Asked from the audit trail's ACCOUNT_DISABLED events,
 * so a session on any server sharing the database ends at its next request after an administrator disabled the
 * account on another. Not an EJB boundary: it answers about the caller's own account, and grants nothing.
 */
@ApplicationScoped
public class DisabledAccounts {

    /*
     * Every signed-in page request asks this, so it is one statement over both parts of the trail, sent as it is:
     * nothing is read into entities. The action is written into it, not bound: on PostgreSQL, a partial index of the
     * disabling events answers it then, and a plan made once serves every request; with the action bound, the
     * database planned the statement afresh at each request, which was most of its cost.
     */
    private static final String DISABLED_SINCE = "SELECT COUNT(*) FROM ("
            + "SELECT 1 AS disabled FROM audit_entry WHERE action = '" + AuditAction.ACCOUNT_DISABLED.name() + "'"
            + " AND record_type = ? AND record_id = ? AND occurred_at >= ?"
            + " UNION ALL SELECT 1 AS disabled FROM audit_event WHERE action = '" + AuditAction.ACCOUNT_DISABLED.name()
            + "' AND record_type = ? AND record_id = ? AND occurred_at >= ?) disabling";

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    /**
     * Whether the account was disabled at or after {@code since} (when the session asking was signed in): in the chain,
     * or still waiting for the sequencer, so the session ends at once rather than a second later.
     *
     * @throws PersistenceException when the database cannot answer (its cause says why: away, or busy)
     */
    @Transactional(TxType.SUPPORTS)
    public boolean disabledSince(String username, Instant since) {
        OffsetDateTime signedIn = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(DISABLED_SINCE)) {
            for (int part = 0; part < 2; part++) {
                statement.setString(3 * part + 1, RecordType.USER.stored());
                statement.setString(3 * part + 2, username);
                statement.setObject(3 * part + 3, signedIn);
            }
            try (ResultSet found = statement.executeQuery()) {
                return found.next() && found.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not ask whether " + username + " was disabled", e);
        }
    }
}
