package uk.imap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments every integration test uses, built in one place: the EAR the build produced, as it is shipped. */
public final class Deployments {

    public static final String PASSWORD = "Imap-Demo-2026";
    /** The tests' server's management port: 9990, or shifted with -Dimap.management.port beside another run. */
    public static final int MANAGEMENT_PORT = Integer.getInteger("imap.management.port", 9990);

    private Deployments() {
    }

    /** The application exactly as an administrator deploys it. */
    public static EnterpriseArchive imap() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("imap.ear")));
    }

    /**
     * The application plus a web module holding the test classes, so that a test runs inside the server beside
     * the boundaries it calls, signed in through the imap security domain.
     */
    public static EnterpriseArchive imapWithTests(Class<?>... testClasses) {
        return imapWithTests(List.of(), testClasses);
    }

    /**
     * As {@link #imapWithTests(Class[])}, with test libraries inside the server too (such as a real SMTP server),
     * each named by one of its classes.
     */
    public static EnterpriseArchive imapWithTests(List<Class<?>> libraries, Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "imap-tests.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, SignedInAs.class)
                .addAsWebInfResource(new StringAsset("<jboss-web><security-domain>imap</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        for (Class<?> library : libraries) {
            tests.addAsLibrary(new File(codeSource(library)));
        }
        EnterpriseArchive ear = imap();
        // The shipped application.xml lists the EAR's modules; the server deploys only those.
        String descriptor = new String(readAll(ear.get("META-INF/application.xml").getAsset().openStream()),
                StandardCharsets.UTF_8).replace("</application>", "<module><web><web-uri>imap-tests.war</web-uri>"
                + "<context-root>/imap-tests</context-root></web></module></application>");
        return ear.addAsModule(Testable.archiveToTest(tests)).setApplicationXML(new StringAsset(descriptor));
    }

    private static URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
