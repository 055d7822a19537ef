package uk.imap.datasource;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jboss.jca.adapters.jdbc.spi.ValidConnectionChecker;

/**
 * Issue 16: a pooled connection is checked with the database (JDBC's {@code isValid}) when it is taken from the pool,
 * unless it passed that check within the last moment ({@code checkedWithinMillis}, 500 ms by default). Under load
 * each connection is taken many times a second, and a round trip to the database at every taking was a sixth of an
 * enquiry's read over the API. A connection that breaks inside the moment (the database restarted) fails the calls
 * that meet it with a 503, as a call in flight does, and is checked, and dropped, at its first taking after it.
 */
public class RecentlyCheckedConnections implements ValidConnectionChecker, Serializable {

    private static final long serialVersionUID = 1L;

    private static final int CHECK_TIMEOUT_SECONDS = 5;

    private final transient LongSupplier nanoTime;

    // Held weakly: a connection the pool destroys leaves the map with it.
    private final transient Map<Connection, Long> passedAt = Collections.synchronizedMap(new WeakHashMap<>());

    private long checkedWithinNanos = TimeUnit.MILLISECONDS.toNanos(500);

    public RecentlyCheckedConnections() {
        this(System::nanoTime);
    }

    RecentlyCheckedConnections(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** How long a passed check holds, in milliseconds; 0 checks at every taking. */
    public void setCheckedWithinMillis(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("checkedWithinMillis must be 0 or more, not " + millis);
        }
        checkedWithinNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    public SQLException isValidConnection(Connection connection) {
        long now = nanoTime.getAsLong();
        Long passed = passedAt.get(connection);
        if (passed != null && now - passed < checkedWithinNanos) {
            return null;
        }
        try {
            if (connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                passedAt.put(connection, now);
                return null;
            }
            passedAt.remove(connection);
            return new SQLException("The database did not answer the connection's check within "
                    + CHECK_TIMEOUT_SECONDS + " s, or the connection is closed", "08006");
        } catch (SQLException broken) {
            passedAt.remove(connection);
            return broken;
        }
    }
}
