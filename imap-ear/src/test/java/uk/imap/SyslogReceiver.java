package uk.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real syslog receiver for the tests: rsyslog from Debian's packages, listening for RFC 5425 syslog over TLS on a
 * free port of localhost with a certificate of its own (made by openssl), writing each message it receives as
 * received, one to a line. It can be stopped and started again on the same port, as a SIEM goes down and comes back.
 */
public final class SyslogReceiver implements AutoCloseable {

    private final Path folder;
    private final int port;
    private Process process;

    private SyslogReceiver(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    public static SyslogReceiver started() throws Exception {
        Path folder = Path.of("target", "syslog-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(folder);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(folder, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "key.pem", "-out", "cert.pem", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost");
        Files.writeString(folder.resolve("rsyslog.conf"), """
                global(workDirectory="%1$s" defaultNetstreamDriver="gtls"
                       defaultNetstreamDriverCAFile="%1$s/cert.pem" defaultNetstreamDriverCertFile="%1$s/cert.pem"
                       defaultNetstreamDriverKeyFile="%1$s/key.pem")
                module(load="imtcp" streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="anon")
                input(type="imtcp" port="%2$d" address="127.0.0.1")
                template(name="asReceived" type="string" string="%%rawmsg%%\\n")
                action(type="omfile" file="%1$s/received.log" template="asReceived")
                """.formatted(folder, port));
        SyslogReceiver receiver = new SyslogReceiver(folder, port);
        receiver.start();
        return receiver;
    }

    /** The receiver's address as IMAP is configured with it. */
    public String address() {
        return "localhost:" + port;
    }

    /** The certificate IMAP is told to trust. */
    public Path certificate() {
        return folder.resolve("cert.pem");
    }

    public void start() throws Exception {
        process = new ProcessBuilder("rsyslogd", "-n", "-f", folder.resolve("rsyslog.conf").toString(),
                "-i", folder.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("rsyslogd.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new AssertionError("rsyslogd stopped: " + Files.readString(folder.resolve("rsyslogd.out")));
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("rsyslogd is not listening on " + port);
    }

    /** Stops as a receiver shut down by its operators does (SIGTERM), waiting until it has gone. */
    public void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Every message received so far, one to a line. */
    public List<String> received() throws IOException {
        Path log = folder.resolve("received.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static void run(Path folder, String... command) throws Exception {
        Process started = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
