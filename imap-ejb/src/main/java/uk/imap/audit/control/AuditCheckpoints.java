package uk.imap.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.imap.audit.ChainVerification;
import uk.imap.audit.Checkpoint;
import uk.imap.audit.StoredChain;
import uk.imap.signing.SigningKeyPair;

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

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    private final Clock clock = Clock.systemUTC();
    private Path keyFile;
    private CheckpointLog log;
    private volatile SigningKeyPair key;

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
    public SigningKeyPair key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    try {
                        key = SigningKeyPair.at(keyFile);
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
        try (Connection connection = database.getConnection()) {
            StoredChain chain = new StoredChain(connection);
            StoredChain.Head head = chain.head();
            return log.appendAfterNewest(newest -> next(chain, newest, head)).map(checkpoint -> {
                LOG.info(checkpoint.line());
                return checkpoint;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint cannot be written", e);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read", e);
        }
    }

    private Optional<Checkpoint> next(StoredChain chain, Optional<Checkpoint> newest, StoredChain.Head head) {
        long position = head.position();
        String hash = head.hash();
        long from = newest.map(Checkpoint::position).orElse(0L);
        if (position <= from) {
            return Optional.empty();
        }
        ChainVerification since = newest.map(ChainVerification::after).orElseGet(ChainVerification::new);
        try {
            chain.verifyInto(since, from, position);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read", e);
        }
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
