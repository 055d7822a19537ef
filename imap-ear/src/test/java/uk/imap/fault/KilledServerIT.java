package uk.imap.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.ExtraServer;
import uk.imap.OverTheApi;

/**
 * A server killed with {@code kill -9} while 16 clients create enquiries on the embedded default (H2), then started
 * again as the README starts it: everything answered 201 is there with its audit event, the chain verifies, and no
 * reference given out before the kill is given to another record after it. PostgreSQL's durability is its own; this
 * test runs the embedded database, which once lost the last half second of acknowledged work.
 */
class KilledServerIT extends OverTheApi {

    static final int OFFSET = 300;
    static final int CLIENTS = 16;
    static final Duration WRITING = Duration.ofSeconds(8);
    static final String DRAFT = """
            {"source": "PROFESSIONAL",
             "referrer": {"name": "A Nurse", "organisation": "Riverside Surgery", "contact": "01234 567891"},
             "summary": "Written while the server is about to die", "concernCategories": ["NEGLECT"],
             "threshold": "EARLY_HELP", "priority": "GREEN",
             "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Hale", "dateOfBirth": "2017-05-06",
                           "relationship": "SUBJECT"}]}""";

    ExtraServer server;

    @Test
    @DisplayName("R18 R19 kill -9 under 16 writers: every acknowledged enquiry and its event survive, no reference is reused")
    void acknowledgedWorkSurvivesKill() throws Exception {
        String jvmArgs = System.getProperty("imap.server.jvm.args", "");
        assumeFalse(jvmArgs.contains("postgresql"), "the embedded database's own durability is what is tested");
        server = ExtraServer.copiedFrom(Path.of(System.getProperty("jboss.home")), "killed", OFFSET, true)
                .deploying(Path.of(System.getProperty("imap.ear")));
        List<String> arguments = List.of("--server-config=standalone.xml", "-Djboss.node.name=imap-killed",
                "-Dimap.data.dir=" + server.base().resolve("data"), "-Dimap.smtp.port=3025");
        server.start(arguments);
        server.awaitImapReady();
        Api node = new Api(server.application());

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger cutOff = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (writing.get()) {
                    try {
                        Api.Answer created = node.post("enquiries", "prac.sam", PASSWORD, DRAFT);
                        if (created.status() == 201) {
                            acknowledged.add(created.json().getString("reference"));
                        }
                    } catch (Exception killedMidRequest) {
                        cutOff.incrementAndGet();
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(WRITING.toMillis());
        server.kill();
        writing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
        System.out.printf("KilledServerIT: %d enquiries acknowledged before kill -9, %d requests cut off%n",
                acknowledged.size(), cutOff.get());
        assertTrue(acknowledged.size() > CLIENTS, "the clients wrote before the kill: " + acknowledged.size());

        server.start(arguments);
        server.awaitImapReady();

        List<String> missing = new ArrayList<>();
        for (String reference : acknowledged) {
            if (node.get("enquiries/" + reference, "prac.sam", PASSWORD).status() != 200) {
                missing.add(reference);
            }
        }
        assertEquals(List.of(), missing, "acknowledged enquiries lost by the kill");
        List<JsonObject> created = node.get("audit/events?action=ENQUIRY_CREATED&user=prac.sam", "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class);
        Set<String> withEvent = ConcurrentHashMap.newKeySet();
        created.forEach(event -> withEvent.add(event.getString("recordId")));
        assertTrue(withEvent.containsAll(acknowledged), "every acknowledged enquiry has its creation event");
        for (String reference : withEvent) {
            assertEquals(200, node.get("enquiries/" + reference, "prac.sam", PASSWORD).status(),
                    "an event without its enquiry: " + reference);
        }
        String next = node.post("enquiries", "prac.sam", PASSWORD, DRAFT).json().getString("reference");
        assertFalse(acknowledged.contains(next), next + " was given out before the kill");
        JsonObject verification = node.get("audit/verification", "audit.max", PASSWORD).json();
        assertTrue(verification.getBoolean("valid"), verification.toString());
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
