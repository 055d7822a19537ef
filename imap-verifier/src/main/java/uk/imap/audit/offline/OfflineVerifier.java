package uk.imap.audit.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.imap.audit.ChainVerification;
import uk.imap.audit.CheckpointKeys;
import uk.imap.audit.StoredChain;
import uk.imap.signing.SigningKeyPair;

/**
 * R19 for an auditor away from the server: verifies an IMAP database's audit chain against the checkpoints the
 * server wrote and the public half of the checkpoint key, or (R34) every key that has signed checkpoints with when
 * each was in force, as {@code GET /admin/checkpoint-keys} gives them in text.
 *
 * <pre>
 * IMAP_DB_PASSWORD=… java -jar imap-verifier.jar --url jdbc:postgresql://db/imap --user auditor \
 *     --checkpoints checkpoints.log --keys checkpoint-keys.txt
 * </pre>
 *
 * The password comes from IMAP_DB_PASSWORD, never from the command line (which other users of the machine can
 * see). Exit status: 0 valid, 1 tampered, 2 could not verify.
 */
public final class OfflineVerifier {

    static final int VALID = 0;
    static final int TAMPERED = 1;
    static final int CANNOT_VERIFY = 2;

    private OfflineVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv("IMAP_DB_PASSWORD"), System.out, System.err));
    }

    static int run(String[] args, String password, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: java -jar imap-verifier.jar --url <jdbc url> --user <name>"
                    + " --checkpoints <checkpoints.log> (--keys <checkpoint-keys.txt> |"
                    + " --public-key <checkpoint-key.pem.pub>)"
                    + " (password in IMAP_DB_PASSWORD)");
            return CANNOT_VERIFY;
        }
        try {
            List<String> checkpoints = Files.readAllLines(Path.of(options.get("--checkpoints")),
                    StandardCharsets.US_ASCII);
            CheckpointKeys keys = options.containsKey("--keys")
                    ? CheckpointKeys.parse(Files.readAllLines(Path.of(options.get("--keys")),
                            StandardCharsets.US_ASCII))
                    : CheckpointKeys.only(SigningKeyPair.publicKey(Path.of(options.get("--public-key"))));
            Properties login = new Properties();
            login.setProperty("user", options.get("--user"));
            if (password != null) {
                login.setProperty("password", password);
            }
            ExecutorService checking = Executors.newSingleThreadExecutor();
            try (Connection connection = DriverManager.getConnection(options.get("--url"), login)) {
                connection.setReadOnly(true);
                StoredChain chain = new StoredChain(connection, checking);
                StoredChain.Head head = chain.head();
                ChainVerification verification = new ChainVerification(checkpoints, keys);
                chain.verifyInto(verification, head.position());
                chain.checkWaiting(verification, OffsetDateTime.now(ZoneOffset.UTC));
                return report(verification.finish(head.position(), head.hash()), out);
            } finally {
                checking.shutdownNow();
            }
        } catch (IOException | GeneralSecurityException | SQLException | RuntimeException e) {
            err.println("Could not verify: " + e.getMessage());
            return CANNOT_VERIFY;
        }
    }

    private static int report(ChainVerification.Result result, PrintStream out) {
        if (result.valid()) {
            out.printf("VALID: %d events and %d checkpoints verified, under %d %s; %d with a reason erased under"
                    + " retention%n", result.eventsChecked(), result.checkpointsChecked(), result.keysChecked(),
                    result.keysChecked() == 1 ? "key" : "keys", result.erasedTextEvents());
            return VALID;
        }
        ChainVerification.Mismatch first = result.firstMismatch();
        out.printf("TAMPERED: first bad position %d (%s)%s; %d events and %d checkpoints read%n", first.position(),
                first.kind(), first.at() == null ? "" : " at " + first.at(), result.eventsChecked(),
                result.checkpointsChecked());
        return TAMPERED;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length || !args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options come in pairs: --name value");
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--url", "--user", "--checkpoints")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Missing " + required);
            }
        }
        if (options.containsKey("--keys") == options.containsKey("--public-key")) {
            throw new IllegalArgumentException("Give either --keys or --public-key");
        }
        return options;
    }
}
