package uk.imap.datasource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 16, R22: a connection is checked unless it passed a moment ago; a broken one never passes. */
class RecentlyCheckedConnectionsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final RecentlyCheckedConnections checker = new RecentlyCheckedConnections(clock::get);

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:");
    }

    private void later(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    @DisplayName("R22 a closed connection never passes, however often it is taken")
    void brokenNeverPasses() throws SQLException {
        Connection connection = database();
        connection.close();

        assertNotNull(checker.isValidConnection(connection));
        assertNotNull(checker.isValidConnection(connection), "a failed check is not remembered as a pass");
    }

    @Test
    @DisplayName("a pass holds for the moment given and no longer: after it the connection is asked again")
    void passHoldsForTheMoment() throws SQLException {
        Connection connection = database();
        assertNull(checker.isValidConnection(connection));
        connection.close();

        later(499);
        assertNull(checker.isValidConnection(connection), "within the moment: not asked again");
        later(1);
        assertNotNull(checker.isValidConnection(connection), "after it: asked, and found closed");
        assertNotNull(checker.isValidConnection(connection), "and not passed again");
    }

    @Test
    @DisplayName("with the moment set to 0 every taking asks the database")
    void zeroChecksEveryTime() throws SQLException {
        checker.setCheckedWithinMillis(0);
        Connection connection = database();
        assertNull(checker.isValidConnection(connection));
        connection.close();

        assertNotNull(checker.isValidConnection(connection));
        assertThrows(IllegalArgumentException.class, () -> checker.setCheckedWithinMillis(-1));
    }

    @Test
    @DisplayName("each connection has its own pass")
    void eachConnectionItsOwn() throws SQLException {
        Connection checked = database();
        Connection other = database();
        assertNull(checker.isValidConnection(checked));
        other.close();

        assertNotNull(checker.isValidConnection(other));
        assertNull(checker.isValidConnection(checked));
        checked.close();
    }
}
