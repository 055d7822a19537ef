package uk.imap.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.imap.access.Roles;
import uk.imap.audit.control.Acting;
import uk.imap.audit.control.AuditCheckpoints;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;
import uk.imap.audit.control.VerificationRuns;

/**
 * R19: verifies the whole audit chain from the database against the signed checkpoints, read with plain SQL a page
 * at a time in position order (as the offline verifier reads it), so memory stays the same however long the chain
 * grows. The head is read first; events appended meanwhile are left to the next run. Events are checked on a
 * managed thread while the next page is read.
 */
@Stateless
public class AuditVerification {

    private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Resource
    ManagedExecutorService checking;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditTrail auditTrail;

    @Inject
    VerificationRuns runs;

    @Inject
    Acting acting;

    @Inject
    AuditSequencer sequencer;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.AUDITOR)
    public ChainVerification.Result verify() {
        ChainVerification.Result result;
        try (Connection connection = database.getConnection()) {
            result = verifyChain(connection, null);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read", e);
        }
        auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null, verdict(result));
        return result;
    }

    /**
     * R34: starts a verification that the pages watch, or joins the one already working, and says where it has got
     * to. Starting and joining are audit events; the verdict is one more, in the name of who started the run.
     */
    @RolesAllowed(Roles.AUDITOR)
    public VerificationProgress verifyOnPage() {
        VerificationRuns.Run run = runs.begin(acting.member().username());
        if (run == null) {
            auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null,
                    "joined the run on the page started by " + runs.latest().startedBy());
        } else {
            try {
                auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null, "started on the page");
                checking.execute(() -> work(run));
            } catch (RuntimeException notStarted) {
                // A run that never starts must not hold the place of the next one.
                run.failed();
                throw notStarted;
            }
        }
        return runs.latest();
    }

    /** Where the verification started on the page has got to; null when none has run since the server started. */
    @RolesAllowed(Roles.AUDITOR)
    public VerificationProgress progressOnPage() {
        return runs.latest();
    }

    private void work(VerificationRuns.Run run) {
        try (Connection connection = database.getConnection()) {
            ChainVerification.Result result = verifyChain(connection, run);
            run.finished(result);
            auditTrail.recordSecurityEvent(AuditAction.AUDIT_CHAIN_VERIFIED, AuditOutcome.SUCCESS, run.startedBy(),
                    Set.of(Roles.AUDITOR), null, null, verdict(result) + ", on the page");
        } catch (SQLException | RuntimeException unreadable) {
            LOG.log(Level.SEVERE, "The audit trail could not be verified on the page", unreadable);
            run.failed();
        }
    }

    private ChainVerification.Result verifyChain(Connection connection, VerificationRuns.Run watched)
            throws SQLException {
        placeWaiting();
        StoredChain chain = new StoredChain(connection, checking);
        StoredChain.Head head = chain.head();
        ChainVerification verification = new ChainVerification(checkpoints.lines(), checkpoints.keys());
        if (watched != null) {
            watched.working(verification, head.position());
        }
        chain.verifyInto(verification, head.position());
        chain.checkWaiting(verification, OffsetDateTime.now(clock));
        return verification.finish(head.position(), head.hash());
    }

    // What was written up to now is verified too: the events waiting for the sequencer are placed first, unless a
    // sequencer is placing them at this moment. One that stays waiting is reported (UNSEQUENCED), not hidden.
    private void placeWaiting() {
        try {
            sequencer.placeWaitingUnlessBusy();
        } catch (PersistenceException busy) {
            LOG.fine("The chain's head is busy; verifying up to where it stands");
        }
    }

    private static String verdict(ChainVerification.Result result) {
        return result.valid() ? "valid" : "first mismatch at " + result.firstMismatch().position();
    }
}
