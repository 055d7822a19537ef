package uk.imap.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.ConcurrencyException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseAwayTest {

    @Test
    @DisplayName("a lost connection, an administrator's shutdown or a lock timeout, however deeply wrapped, is the"
            + " database away")
    void awayWhereverTheCauseIs() {
        assertTrue(DatabaseAway.causes(new RuntimeException(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(DatabaseAway.causes(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseAway.causes(new RuntimeException(new SQLTransientConnectionException("pool empty"))));
        assertTrue(DatabaseAway.causes(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseAway.causes(new SQLException("Timeout trying to lock table", "HYT00")));
        // A commit that failed because the connection was cut: the driver's exception is suppressed, not a cause.
        IllegalStateException rolledBack = new IllegalStateException("Could not commit transaction");
        rolledBack.addSuppressed(new RuntimeException(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseAway.causes(new RuntimeException(rolledBack)));
    }

    @Test
    @DisplayName("a wait for one of EclipseLink's locks given up is the server busy for now, not a fault of the call")
    void lockWaitGivenUpIsBusy() {
        RuntimeException givenUp = new RuntimeException(new IllegalStateException(
                ConcurrencyException.waitWasInterrupted("waited 40 s for the next block of numbers")));
        assertTrue(DatabaseAway.causes(givenUp));
        assertTrue(DatabaseAway.serverBusy(givenUp));
        assertFalse(DatabaseAway.lockNotGranted(givenUp));
        assertFalse(DatabaseAway.serverBusy(new SQLException("Connection refused", "08001")));
    }

    @Test
    @DisplayName("a broken statement or a bug is not the database away: it stays a 500 with its reference")
    void otherFailuresAreNot() {
        assertFalse(DatabaseAway.causes(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseAway.causes(new NullPointerException()));
        assertFalse(DatabaseAway.causes(new SQLException("no state")));
    }

    @Test
    @DisplayName("a refusal is logged with the deepest cause, the driver's own words, on one line")
    void innermostIsTheDriversWord() {
        SQLException driver = new SQLException("Connection refused", "08001");
        assertSame(driver, DatabaseAway.innermost(new RuntimeException(new IllegalStateException(driver))));
        RuntimeException alone = new RuntimeException("no cause");
        assertSame(alone, DatabaseAway.innermost(alone));
    }
}
