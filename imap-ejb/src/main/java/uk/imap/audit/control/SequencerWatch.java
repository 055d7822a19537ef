package uk.imap.audit.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the audit sequencer every second (issue 16): an event committed with its change has its place in the chain
 * within about a second. A failure is logged and the next second tries again; nothing waiting is lost meanwhile, and
 * verification reports an entry left waiting too long.
 */
@Singleton
// Its timer reads tables the migration makes: on a new database it must not fire before they exist.
@DependsOn("SchemaMigration")
@Startup
public class SequencerWatch {

    private static final Logger LOG = Logger.getLogger(SequencerWatch.class.getName());

    @Inject
    AuditSequencer sequencer;

    // Whether the last run failed: an outage of the database is logged once when it starts and once when it ends,
    // not every second between.
    private boolean failing;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everySecond() {
        try {
            sequencer.catchUp();
            if (failing) {
                failing = false;
                LOG.info("The audit sequencer places waiting events again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.SEVERE, "The audit sequencer cannot place waiting events; it tries again every second",
                        e);
            }
        }
    }
}
