package uk.imap.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs checkpoints of the audit chain (R19): every 5 minutes when the chain has grown, and at every 1,000th event.
 * The key and the checkpoint folder are named by {@code imap.audit.checkpoint-key} and {@code imap.audit.checkpoints}
 * (or IMAP_AUDIT_CHECKPOINT_KEY and IMAP_AUDIT_CHECKPOINTS), by default in {@code imap-audit} of the data folder. Each
 * checkpoint goes to the folder and to the server log. A chain that does not verify since the last checkpoint is
 * never signed: the failure is logged instead.
 */
@ApplicationScoped
public class AuditCheckpoints {

    /** A checkpoint is written at every this many events. */
    public static final long EVERY = 1000;

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ChainReader reader;

    private final Clock clock = Clock.systemUTC();
    private Path keyFile;
    private CheckpointLog log;
    private volatile CheckpointKey key;

    @PostConstruct
    void configure() {
        // Beside the embedded database by default, so a new database never meets an old database's checkpoints.
        Path data = Path.of(System.getProperty("imap.data.dir", System.getProperty("jboss.server.data.dir", ".")),
                "imap-audit");
        keyFile = setting("imap.audit.checkpoint-key", "IMAP_AUDIT_CHECKPOINT_KEY", data.resolve("checkpoint-key.pem"));
        log = new CheckpointLog(setting("imap.audit.checkpoints", "IMAP_AUDIT_CHECKPOINTS", data.resolve("checkpoints")));
    }

    private static Path setting(String property, String environment, Path otherwise) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? otherwise : Path.of(value);
    }

    /** The key pair, read (or made) once. */
    public CheckpointKey key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    try {
                        key = CheckpointKey.at(keyFile);
                    } catch (IOException | GeneralSecurityException e) {
                        throw new IllegalStateException("The audit checkpoint key cannot be read: " + e.getMessage(), e);
                    }
                }
            }
        }
        return key;
    }

    /** The file the checkpoints are written to, for administrators and the offline verifier. */
    public Path file() {
        return log.file();
    }

    /** The checkpoint lines written so far, oldest first. */
    public List<String> lines() {
        try {
            return log.lines();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoints cannot be read", e);
        }
    }

    /** Signs a checkpoint of the chain as committed now, unless nothing was added since the last one. */
    @Transactional(TxType.REQUIRES_NEW)
    public synchronized Optional<Checkpoint> write() {
        ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD);
        long position = head.position();
        String hash = head.hash();
        try {
            return log.appendAfterNewest(newest -> next(newest, position, hash)).map(checkpoint -> {
                LOG.info(checkpoint.line());
                return checkpoint;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint cannot be written", e);
        }
    }

    private Optional<Checkpoint> next(Optional<Checkpoint> newest, long position, String hash) {
        long from = newest.map(Checkpoint::position).orElse(0L);
        if (position <= from) {
            return Optional.empty();
        }
        ChainVerification since = newest.map(ChainVerification::after).orElseGet(ChainVerification::new);
        reader.read(from, position, since::check);
        ChainVerification.Result result = since.finish(position, hash);
        if (!result.valid()) {
            LOG.severe("The audit chain does not verify since the last checkpoint (" + result.firstMismatch()
                    + "); no checkpoint is signed until it does");
            return Optional.empty();
        }
        return Optional.of(Checkpoint.sign(position, hash, OffsetDateTime.now(clock),
                newest.map(Checkpoint::hash).orElse(Checkpoint.FIRST), key().privateKey()));
    }

    /** At every 1,000th event, once the event is committed; a failure here never touches the committed action. */
    @Transactional(TxType.REQUIRES_NEW)
    void onThousandth(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckpointDue due) {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit checkpoint at position " + due.position() + " was not written", e);
        }
    }
}
