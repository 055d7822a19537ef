package uk.imap.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's install on an existing WildFly, done as an administrator would: a WildFly straight from its
 * distribution is started, the config/ scripts are run against it with jboss-cli.sh, the first administrator is made
 * in the realm, the EAR the build made is deployed, and a sign-in and a page work over HTTP and HTTPS. The scripts
 * then run a second time and must change nothing.
 */
class ExistingServerInstallIT {

    static final int OFFSET = 100;
    static final String ADMIN = "first.admin";
    static final List<String> SCRIPTS = List.of("configure-datasource.cli", "configure-security.cli",
            "configure-mail.cli", "configure-observability.cli", "configure-https.cli");

    final Path home = Path.of(System.getProperty("imap.existing.server"));
    final Path scripts = Path.of(System.getProperty("imap.config.scripts"));
    final Path base = Path.of("target", "existing-server-" + System.currentTimeMillis()).toAbsolutePath();
    final String adminPassword = "Install-" + HexFormat.of().formatHex(random(6));
    final String keystorePassword = HexFormat.of().formatHex(random(12));
    Process server;

    @Test
    @DisplayName("the config/ scripts, the first administrator and the EAR make a working IMAP on a fresh WildFly, and a second run changes nothing")
    void installOnAFreshServer() throws Exception {
        assumeFalse(System.getProperty("imap.server.jvm.args", "").contains("postgresql"),
                "the install is checked once, on the embedded default's run");
        copy(home.resolve("standalone"), base);
        Path keystore = base.resolve("configuration").resolve("imap-tls.p12");
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "imap", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=imap-install-test", "-ext", "SAN=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", keystorePassword, "-keypass", keystorePassword));
        start(keystore);

        for (String script : SCRIPTS) {
            cli("--file=" + scripts.resolve(script));
        }
        Path firstAdministrator = base.resolve("first-administrator.cli");
        Files.write(firstAdministrator, firstAdministrator());
        cli("--file=" + firstAdministrator);
        cli("--command=reload");
        awaitManagement();
        cli("--command=deploy " + Path.of(System.getProperty("imap.ear")).toAbsolutePath());

        HttpClient http = clientTrusting(keystore);
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + (8443 + OFFSET)
                + "/imap/api/v1/me")).header("Authorization", basic(ADMIN, adminPassword)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"ADMINISTRATOR\""), me.body());
        assertTrue(me.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over HTTPS");
        SSLSession tls = me.sslSession().orElseThrow();
        assertEquals("CN=imap-install-test",
                ((X509Certificate) tls.getPeerCertificates()[0]).getSubjectX500Principal().getName());

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + OFFSET)
                + "/imap/login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("id=\"signInButton\""), signIn.body());
        HttpResponse<String> accounts = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + (8080 + OFFSET) + "/imap/admin/users.xhtml")).header("Authorization", basic(ADMIN, adminPassword))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, accounts.statusCode());
        assertTrue(accounts.body().contains(ADMIN), "the accounts page lists the first administrator");
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + (9990 + OFFSET) + "/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        String configured = Files.readString(base.resolve("configuration").resolve("standalone.xml"));
        for (String script : SCRIPTS) {
            cli("--file=" + scripts.resolve(script));
        }
        assertEquals(configured, Files.readString(base.resolve("configuration").resolve("standalone.xml")),
                "a second run of the scripts changed the configuration");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            // standalone.sh starts the server as its child: end the child too, or it keeps the ports.
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
            server.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private List<String> firstAdministrator() {
        String realm = "/subsystem=elytron/filesystem-realm=ImapRealm";
        StringBuilder salt = new StringBuilder();
        for (byte b : random(16)) {
            salt.append(salt.length() == 0 ? "" : ",").append(String.format("0x%02x", b));
        }
        return List.of(realm + ":add-identity(identity=" + ADMIN + ")",
                realm + ":set-password(identity=" + ADMIN + ", bcrypt={password=\"" + adminPassword
                        + "\", iteration-count=10, salt=bytes{" + salt + "}})",
                realm + ":add-identity-attribute(identity=" + ADMIN + ", name=Roles, value=[ADMINISTRATOR])",
                realm + ":add-identity-attribute(identity=" + ADMIN + ", name=Agency, value=[IT])");
    }

    private void start(Path keystore) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("IMAP_TLS_KEYSTORE", keystore.toString());
        environment.put("IMAP_TLS_KEYSTORE_PASSWORD", keystorePassword);
        environment.put("JBOSS_HOME", home.toString());
        server = builder.start();
        awaitManagement();
    }

    private void awaitManagement() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + (9990 + OFFSET) + "/health/live")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (state.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the fresh server did not start; see " + base.resolve("console.log"));
    }

    private void cli(String what) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + (9990 + OFFSET)));
        command.add(what);
        run(command);
    }

    private void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command.subList(0, Math.min(4, command.size())))
                + "\n" + output);
        assertTrue(!output.contains("\"outcome\" => \"failed\""), output);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A client that trusts the test's own certificate alone, as a council's machines trust its CA. */
    private HttpClient clientTrusting(Path keystore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, keystorePassword.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("imap", keys.getCertificate("imap"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
