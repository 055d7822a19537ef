package uk.imap.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.ExtraServer;

/**
 * The README's install on an existing WildFly, done as an administrator would: a WildFly straight from its
 * distribution is started, the config/ scripts are run against it with jboss-cli.sh, the first administrator is made
 * in the realm, the EAR the build made is deployed, and a sign-in and a page work over HTTP and HTTPS. The scripts
 * then run a second time and must change nothing; after undeploying, the restore scripts leave the configuration as
 * it was before. On the embedded default's run the datasource is H2; on the PostgreSQL run the driver's module is
 * added as the README says and the datasource reaches the tests' PostgreSQL database.
 */
class ExistingServerInstallIT {

    static final String ADMIN = "first.admin";
    static final List<String> SCRIPTS = List.of("datasource", "security", "mail", "observability", "https");
    static final List<String> POSTGRESQL_SCRIPTS = List.of("postgresql-driver", "datasource", "security", "mail",
            "observability", "https");

    final Path scripts = Path.of(System.getProperty("imap.config.scripts"));
    final String adminPassword = "Install-" + HexFormat.of().formatHex(random(6));
    final String keystorePassword = HexFormat.of().formatHex(random(12));
    ExtraServer server;

    @Test
    @DisplayName("the config/ scripts, the first administrator and the EAR make a working IMAP on a fresh WildFly; failing halfway or run again they change nothing; restored, nothing is left")
    void installOnAFreshServer() throws Exception {
        String serverArguments = System.getProperty("imap.server.jvm.args", "");
        boolean postgresql = serverArguments.contains("postgresql");
        List<String> scripts = postgresql ? POSTGRESQL_SCRIPTS : SCRIPTS;
        Path existing = Path.of(System.getProperty("imap.existing.server"));
        Path driverModule = existing.resolve("modules").resolve("org").resolve("postgresql");
        deleteLeftOver(driverModule);
        server = ExtraServer.copiedFrom(existing, "existing-server", 100, false);
        Path keystore = server.base().resolve("configuration").resolve("imap-tls.p12");
        ExtraServer.run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "imap", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=imap-install-test",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", keystorePassword, "-keypass", keystorePassword), server.base());
        server.withEnvironment("IMAP_TLS_KEYSTORE", keystore.toString())
                .withEnvironment("IMAP_TLS_KEYSTORE_PASSWORD", keystorePassword)
                // On PostgreSQL: the tests' database, roles and checkpoint folder, named as the tests' server has them.
                .start(postgresql ? List.of(serverArguments.strip().split("\\s+")) : List.of());
        Path configuration = server.base().resolve("configuration").resolve("standalone.xml");
        String untouched = Files.readString(configuration);

        // A script that fails halfway changes nothing: with one of its later resources already there, the
        // security script's batch stops at it and its realm, domains and filters before it are not left behind.
        String planted = "/subsystem=undertow/configuration=filter/response-header=imap-server-csp";
        server.cli("--command=" + planted + ":add(header-name=X-Planted, header-value=1)");
        String failed = server.cliFailing("--file=" + this.scripts.resolve("configure-security.cli"));
        assertTrue(failed.contains("Duplicate resource"), failed);
        server.cli("--command=" + planted + ":remove");
        assertEquals(untouched, Files.readString(configuration), "a failed script left part of its changes");

        if (postgresql) {
            Path driver = Path.of(System.getProperty("jboss.home"), "modules", "org", "postgresql", "main",
                    "postgresql.jar");
            server.cli("--command=module add --name=org.postgresql --resources=" + driver
                    + " --dependencies=jakarta.transaction.api");
        }
        for (String script : scripts) {
            server.cli("--file=" + this.scripts.resolve("configure-" + script + ".cli"));
        }
        Path firstAdministrator = server.base().resolve("first-administrator.cli");
        Files.write(firstAdministrator, firstAdministrator());
        server.cli("--file=" + firstAdministrator);
        server.cli("--command=reload");
        server.cli("--command=deploy " + Path.of(System.getProperty("imap.ear")).toAbsolutePath());
        server.awaitImapReady();
        // A new database: nothing of IMAP's failed on it while its schema was being made (timers wait for it).
        List<String> failures = Files.readAllLines(server.base().resolve("console.log")).stream()
                .filter(line -> line.matches(".*(SEVERE|ERROR) +\\[uk\\.imap.*")).toList();
        assertEquals(List.of(), failures, "IMAP logged failures on its first start");
        String database = server.cli("--command=/subsystem=datasources/data-source=ImapDS:read-attribute("
                + "name=connection-url, resolve-expressions=true)");
        assertTrue(database.contains(postgresql ? "jdbc:postgresql:" : "jdbc:h2:"), database);

        HttpClient http = clientTrusting(keystore);
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("https://localhost:"
                + server.port(8443) + "/imap/api/v1/me")).header("Authorization", basic(ADMIN, adminPassword))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"ADMINISTRATOR\""), me.body());
        assertTrue(me.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over HTTPS");
        SSLSession tls = me.sslSession().orElseThrow();
        assertEquals("CN=imap-install-test",
                ((X509Certificate) tls.getPeerCertificates()[0]).getSubjectX500Principal().getName());

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(server.application().toURI()
                .resolve("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("id=\"signInButton\""), signIn.body());
        HttpResponse<String> accounts = http.send(HttpRequest.newBuilder(server.application().toURI()
                .resolve("admin/users.xhtml")).header("Authorization", basic(ADMIN, adminPassword)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, accounts.statusCode());
        assertTrue(accounts.body().contains(ADMIN), "the accounts page lists the first administrator");

        String configured = Files.readString(configuration);
        for (String script : scripts) {
            server.cli("--file=" + this.scripts.resolve("configure-" + script + ".cli"));
        }
        assertEquals(configured, Files.readString(configuration), "a second run of the scripts changed the configuration");

        server.cli("--command=undeploy imap.ear");
        List<String> lastFirst = new ArrayList<>(scripts);
        Collections.reverse(lastFirst);
        for (String script : lastFirst) {
            if (script.equals("postgresql-driver")) {
                // The removed datasources' services stay until a reload, and they hold the driver.
                server.cli("--command=reload");
            }
            server.cli("--file=" + this.scripts.resolve("restore-" + script + ".cli"));
        }
        assertEquals(untouched, Files.readString(configuration), "the restore scripts left something behind");
        if (postgresql) {
            server.cli("--command=module remove --name=org.postgresql");
            assertFalse(Files.exists(driverModule.resolve("main").resolve("postgresql.jar")), "the module is gone");
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A driver module left by a run that stopped half-way would make the README's module add fail. */
    private static void deleteLeftOver(Path module) throws IOException {
        if (Files.exists(module)) {
            try (Stream<Path> files = Files.walk(module)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
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
