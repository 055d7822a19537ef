package uk.imap.enquiry.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Records the end of emergency access every minute (R23). Not persistent: a missed run is caught by the next. */
@Singleton
// Its timer reads tables the migration makes: on a new database it must not fire before they exist.
@DependsOn("SchemaMigration")
public class EmergencyAccessWatch {

    @Inject
    EmergencyAccessExpiry expiry;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        expiry.recordEnded(OffsetDateTime.now(clock));
    }
}
