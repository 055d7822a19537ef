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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
import uk.imap.audit.CheckpointKeys;
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
    private Path keysFile;
    private CheckpointLog log;
    private volatile SigningKeyPair key;
    private CheckpointKeys keys;
    private FileTime keysRead;

    @PostConstruct
    void configure() {
        // Beside the embedded database by default, so a new database never meets an old database's checkpoints.
        Path data = Path.of(System.getProperty("imap.data.dir", System.getProperty("jboss.server.data.dir", ".")),
                "imap-audit");
        keyFile = setting("imap.audit.checkpoint-key", "IMAP_AUDIT_CHECKPOINT_KEY", data.resolve("checkpoint-key.pem"));
        keysFile = setting("imap.audit.checkpoint-keys", "IMAP_AUDIT_CHECKPOINT_KEYS",
                keyFile.resolveSibling("checkpoint-keys.txt"));
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

    /**
     * R34: every key that has signed checkpoints and when each was in force, kept beside the key. A key put in
     * place outside IMAP (a new key file) joins the history, in force from the first time it is read.
     */
    public synchronized CheckpointKeys keys() {
        if (keys != null && !modified().equals(keysRead)) {
            // Rotated by another server sharing the key folder: its new key signs from now on here too.
            keys = null;
            key = null;
        }
        if (keys == null) {
            try {
                CheckpointKeys known = Files.exists(keysFile) ? CheckpointKeys.parse(Files.readAllLines(keysFile))
                        : CheckpointKeys.only(key().publicKey());
                String current = CheckpointKeys.idOf(key().publicKey());
                if (known.keys().stream().noneMatch(k -> k.id().equals(current))) {
                    LOG.warning("The audit checkpoint key " + current + " was put in place outside IMAP: it is in "
                            + "force from now, and the key before it is retired");
                    known = known.rotatedTo(key().publicKey(), OffsetDateTime.now(clock));
                }
                save(known);
            } catch (IOException e) {
                throw new UncheckedIOException("The audit checkpoint keys cannot be read", e);
            }
        }
        return keys;
    }

    /**
     * R34: a new key pair for checkpoints, made but not yet in force: its private half waits beside the key until
     * {@link #rotateTo} puts it in force. Its id names it in the audit event of the rotation.
     */
    public synchronized SigningKeyPair nextKey() {
        try {
            Files.deleteIfExists(waiting());
            Files.deleteIfExists(SigningKeyPair.publicFileOf(waiting()));
            return SigningKeyPair.at(waiting());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("A new audit checkpoint key cannot be made: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the key made by {@link #nextKey} in force from now and retires the one before it, whose private half is
     * deleted so that it can never sign again; its public half stays, renamed, for the record.
     */
    public synchronized CheckpointKeys.Key rotateTo(SigningKeyPair next) {
        CheckpointKeys before = keys();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            String retired = CheckpointKeys.idOf(key().publicKey());
            Files.move(SigningKeyPair.publicFileOf(keyFile), keyFile.resolveSibling(keyFile.getFileName()
                    + ".retired-" + retired + ".pub"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(waiting(), keyFile, StandardCopyOption.REPLACE_EXISTING);
            Files.move(SigningKeyPair.publicFileOf(waiting()), SigningKeyPair.publicFileOf(keyFile),
                    StandardCopyOption.REPLACE_EXISTING);
            key = next;
            save(before.rotatedTo(next.publicKey(), now));
            LOG.info("The audit checkpoint key " + retired + " is retired; " + CheckpointKeys.idOf(next.publicKey())
                    + " is in force");
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint key cannot be changed", e);
        }
        return keys.current().orElseThrow();
    }

    private Path waiting() {
        return keyFile.resolveSibling(keyFile.getFileName() + ".next");
    }

    private void save(CheckpointKeys known) throws IOException {
        Path written = keysFile.resolveSibling(keysFile.getFileName() + ".new");
        Files.createDirectories(keysFile.toAbsolutePath().getParent());
        Files.write(written, known.lines());
        Files.move(written, keysFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        keys = known;
        keysRead = modified();
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(keysFile);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
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
        keys();
        return Optional.of(Checkpoint.sign(position, hash, OffsetDateTime.now(clock),
                newest.map(Checkpoint::hash).orElse(Checkpoint.FIRST), key().privateKey(),
                CheckpointKeys.idOf(key().publicKey())));
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
