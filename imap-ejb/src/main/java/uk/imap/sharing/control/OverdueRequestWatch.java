package uk.imap.sharing.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Looks for newly overdue requests every minute (R15). Not persistent: a missed run is caught by the next. */
@Singleton
// Its timer reads tables the migration makes: on a new database it must not fire before they exist.
@DependsOn("SchemaMigration")
public class OverdueRequestWatch {

    @Inject
    RequestEscalation escalation;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        escalation.escalate(OffsetDateTime.now(clock));
    }
}
