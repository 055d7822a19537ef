package uk.imap.api;

import jakarta.persistence.LockTimeoutException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Predicate;

/**
 * Whether a failure means the database is away or busy for now (stopped, restarting, its connections cut, a lock
 * not granted in time, a wait for one of EclipseLink's own locks given up) rather than that something is wrong with
 * the request or the code. Such a call is answered 503 with Retry-After: nothing was committed, and the same call
 * can be made again once the database is back.
 */
public final class DatabaseAway {

    private DatabaseAway() {
    }

    public static boolean causes(Throwable failure) {
        return causes(failure, DatabaseAway::isAway, 0);
    }

    /** Whether, of those, EclipseLink gave up waiting for a lock of its own: the server is too busy, for now. */
    public static boolean serverBusy(Throwable failure) {
        return causes(failure, DatabaseAway::isConcurrencyWaitGivenUp, 0);
    }

    /** Whether, of those, it is a record's lock not granted in time: someone else is changing it, for now. */
    public static boolean lockNotGranted(Throwable failure) {
        return causes(failure, cause -> cause instanceof LockTimeoutException
                || cause instanceof SQLException sql && ("55P03".equals(sql.getSQLState())
                || "HYT00".equals(sql.getSQLState())), 0);
    }

    /** The deepest cause, for a one-line log of a refusal that needs no stack trace. */
    public static Throwable innermost(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost;
    }

    // The cause chain and what was suppressed on the way: a failed commit carries the driver's word as suppressed.
    private static boolean causes(Throwable failure, Predicate<Throwable> kind, int depth) {
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause() == cause ? null
                : cause.getCause(), depth++) {
            if (kind.test(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causes(suppressed, kind, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAway(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException || cause instanceof LockTimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && transientState(sql.getSQLState())) {
            return true;
        }
        // The connection pool's own word for "no connection could be had" (IronJacamar).
        return cause.getClass().getName().equals("jakarta.resource.ResourceException")
                && String.valueOf(cause.getMessage()).contains("connection") || isConcurrencyWaitGivenUp(cause);
    }

    // EclipseLink ends a wait for one of its locks (a cached object's, the next block of numbers') after 40 s with
    // this; the transaction is rolled back. Named, not imported: EclipseLink is the EAR's library, not this module's.
    private static boolean isConcurrencyWaitGivenUp(Throwable cause) {
        return cause.getClass().getName().equals("org.eclipse.persistence.exceptions.ConcurrencyException");
    }

    // SQL states of lost connections (08), an administrator's shutdown (57P01-57P03), and lock or serialisation
    // timeouts (40001, 40P01, 55P03; H2's HYT00 lock timeout).
    private static boolean transientState(String state) {
        return state.startsWith("08") || state.startsWith("57P") || state.equals("40001") || state.equals("40P01")
                || state.equals("55P03") || state.equals("HYT00");
    }
}
