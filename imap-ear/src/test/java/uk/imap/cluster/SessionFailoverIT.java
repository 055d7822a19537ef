package uk.imap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Browser;
import uk.imap.Deployments;
import uk.imap.ExtraServer;
import uk.imap.HubScenario;
import uk.imap.OneAddress;
import uk.imap.pages.IntakePage;

/**
 * Two servers on the standalone-ha profile behind one address, sharing signed-in sessions through WildFly's own
 * clustering (Infinispan over JGroups on loopback, members listed as configure-cluster.cli does). A practitioner
 * types an enquiry on the first; the first is killed; saving carries on on the second, signed in, with what was
 * typed; an enquiry's page read on the first acts on the second against the version it showed. Runs with -Ppostgresql:
 * both servers need one database.
 */
class SessionFailoverIT {

    static final int FIRST_OFFSET = 300;
    static final int SECOND_OFFSET = 400;
    static final int JGROUPS_PORT = 7600;

    final List<ExtraServer> servers = new ArrayList<>();
    private ExtraServer first;
    private ExtraServer second;

    @Test
    @DisplayName("R27 two servers behind one address: when the one in use dies, the person carries on on the other,"
            + " signed in, and what they typed is saved")
    void signedInSessionSurvivesItsServer() throws Exception {
        startBoth();

        try (OneAddress front = new OneAddress(List.of(first.port(8080), second.port(8080)));
                Browser browser = new Browser(front.application())) {
            browser.open("enquiry/new.xhtml");
            browser.signIn("prac.sam", Deployments.PASSWORD);
            IntakePage intake = new IntakePage(browser)
                    .fill("Typed while the first server died", "EARLY_HELP", "GREEN", "Robin", "Failover");

            first.kill();
            String reference = intake.save();

            assertFalse(browser.currentUrl().contains("login"), "still signed in: " + browser.currentUrl());
            assertTrue(browser.find(By.tagName("body")).getText().contains("Typed while the first server died"));
            Api survivor = new Api(second.application());
            Api.Answer saved = survivor.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD);
            assertEquals(200, saved.status(), saved.raw().body());
            assertEquals("Typed while the first server died", saved.json().getString("summary"));
            assertEquals(1, survivor.get("audit/events?record=" + reference + "&action=ENQUIRY_CREATED", "audit.max",
                    Deployments.PASSWORD).array().size(), "the save has its event");
            System.out.printf("Session failover: %s saved on the second server after the first was killed%n",
                    reference);
        }
    }

    @Test
    @DisplayName("R21 R27 an enquiry's page read on the server that dies acts on the other, against the version the"
            + " person saw: a change made meanwhile is not overwritten")
    void enquiryPageCarriesOnAgainstTheVersionShown() throws Exception {
        startBoth();
        Api onFirst = new Api(first.application());
        String reference = onFirst.post("enquiries", "prac.sam", Deployments.PASSWORD, draft("As first written"))
                .json().getString("reference");
        assertEquals(201, onFirst.post("enquiries/" + reference + "/consent-decisions", "prac.sam",
                Deployments.PASSWORD, HubScenario.Consent.GRANTED.json()).status());

        try (OneAddress front = new OneAddress(List.of(first.port(8080), second.port(8080)));
                Browser browser = new Browser(front.application())) {
            browser.open("enquiry/detail.xhtml?reference=" + reference);
            browser.signIn("prac.sam", Deployments.PASSWORD);
            browser.waitForUrl("enquiry/detail.xhtml");
            assertEquals("As first written", browser.find(By.id("summary")).getText());
            long shown = onFirst.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD).json()
                    .getJsonNumber("version").longValue();
            assertEquals(200, onFirst.put("enquiries/" + reference, "mgr.ana", Deployments.PASSWORD,
                    "{\"version\": " + shown + ", " + draft("Changed by the manager").substring(1)).status());

            first.kill();
            browser.click(By.id("lifecycle:open"));

            String notices = browser.textWhenItSays(By.id("notices"), "changed by mgr.ana");
            assertTrue(notices.contains("changed by mgr.ana"), notices + " / the page: "
                    + browser.find(By.tagName("body")).getText());
            Api survivor = new Api(second.application());
            assertEquals("DRAFT", survivor.get("enquiries/" + reference, "prac.sam", Deployments.PASSWORD).json()
                    .getString("status"), "the page's older version did not move the enquiry on");
            browser.open("enquiry/detail.xhtml?reference=" + reference);
            assertEquals("Changed by the manager", browser.find(By.id("summary")).getText());
            browser.click(By.id("lifecycle:open"));
            assertEquals("Open", browser.find(By.id("status")).getText());
        }
    }

    private static String draft(String summary) {
        return """
                {"source": "ANONYMOUS", "summary": "%s", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Failover",
                 "relationship": "SUBJECT"}]}""".formatted(summary);
    }

    /** Both servers, ready; only on PostgreSQL, the one database both can reach. */
    private void startBoth() throws Exception {
        String jvmArgs = System.getProperty("imap.server.jvm.args", "");
        assumeTrue(jvmArgs.contains("postgresql"), "two servers need a database both can reach: run with -Ppostgresql");
        first = haServer("ha-node-1", FIRST_OFFSET, jvmArgs);
        second = haServer("ha-node-2", SECOND_OFFSET, jvmArgs);
        first.awaitImapReady();
        second.awaitImapReady();
    }

    /** A server of its own on the standalone-ha profile, knowing both members' JGroups ports. */
    private ExtraServer haServer(String name, int offset, String jvmArgs) throws Exception {
        ExtraServer server = ExtraServer.copiedFrom(Path.of(System.getProperty("jboss.home")), name, offset, true)
                .deploying(Path.of(System.getProperty("imap.ear")));
        servers.add(server);
        List<String> arguments = new ArrayList<>(List.of("--server-config=standalone-ha.xml",
                "-Djboss.node.name=imap-" + name, "-Djboss.tx.node.id=imap-" + name,
                "-Dimap.cluster.member.1.port=" + (JGROUPS_PORT + FIRST_OFFSET),
                "-Dimap.cluster.member.2.port=" + (JGROUPS_PORT + SECOND_OFFSET)));
        arguments.addAll(List.of(jvmArgs.strip().split("\\s+")));
        server.start(arguments);
        return server;
    }

    @AfterEach
    void stopServers() throws Exception {
        for (ExtraServer server : servers) {
            server.close();
        }
    }
}
