package uk.imap.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an audit checkpoint every 5 minutes when the chain has grown (R19). The key is read at start, so a
 * missing or unreadable key shows in the server log at once rather than at the first checkpoint.
 */
@Singleton
// Its timer reads tables the migration makes: on a new database it must not fire before they exist.
@DependsOn("SchemaMigration")
@Startup
public class CheckpointWatch {

    private static final Logger LOG = Logger.getLogger(CheckpointWatch.class.getName());

    @Inject
    AuditCheckpoints checkpoints;

    @PostConstruct
    void readKey() {
        try {
            checkpoints.key();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit checkpoints cannot be signed", e);
        }
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        try {
            checkpoints.write();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit checkpoint was not written", e);
        }
    }
}
