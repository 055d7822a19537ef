package uk.imap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.ExtraServer;
import uk.imap.OverTheApi;
import uk.imap.ServerLogs;

/**
 * Two WildFly instances on one PostgreSQL, both taking writes at once (R18, R19, R21): the server the tests deploy
 * to, and a second one started here from the same provisioned server with a port offset, sharing the database and
 * the checkpoint folder. Runs with -Ppostgresql; H2's embedded file database belongs to one process.
 */
class TwoNodesIT extends OverTheApi {

    static final int OFFSET = 200;
    static final int DRAFTS_PER_NODE = 40;
    static final String DRAFT = """
            {"source": "PROFESSIONAL",
             "referrer": {"name": "A Nurse", "organisation": "Riverside Surgery", "contact": "01234 567891"},
             "summary": "Written on one of two servers",
             "concernCategories": ["NEGLECT"],
             "threshold": "EARLY_HELP", "priority": "GREEN",
             "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Hale", "dateOfBirth": "2017-05-06",
                           "relationship": "SUBJECT"}]}
            """;

    ExtraServer secondNode;

    @Test
    @DisplayName("R18 R19 R21 two servers writing at once: every change has its event, the chain verifies, stale saves conflict")
    void twoServersOneDatabase() throws Exception {
        String jvmArgs = System.getProperty("imap.server.jvm.args", "");
        assumeTrue(jvmArgs.contains("postgresql"), "two servers need a database both can reach: run with -Ppostgresql");
        Api first = api;
        // The same provisioned server and settings (database, data and checkpoint folders) as the first.
        secondNode = ExtraServer.copiedFrom(Path.of(System.getProperty("jboss.home")), "second-node", OFFSET, true)
                .deploying(Path.of(System.getProperty("imap.ear")));
        List<String> arguments = new ArrayList<>(List.of("--server-config=standalone.xml",
                "-Djboss.node.name=imap-node-2", "-Djboss.tx.node.id=imap-node-2"));
        arguments.addAll(List.of(jvmArgs.strip().split("\\s+")));
        secondNode.start(arguments);
        secondNode.awaitImapReady();
        Api second = new Api(secondNode.application());

        ExecutorService writers = Executors.newFixedThreadPool(10);
        List<Future<Api.Answer>> drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS_PER_NODE; i++) {
            drafts.add(writers.submit(() -> first.post("enquiries", "prac.sam", PASSWORD, DRAFT)));
            drafts.add(writers.submit(() -> second.post("enquiries", "prac.sam", PASSWORD, DRAFT)));
        }
        List<String> references = new ArrayList<>();
        ServerLogs logs = ServerLogs.of(secondNode);
        for (Future<Api.Answer> draft : drafts) {
            Api.Answer answer = draft.get();
            assertEquals(201, answer.status(), () -> logs.explain(answer));
            references.add(answer.json().getString("reference"));
        }
        writers.shutdown();
        assertEquals(2 * DRAFTS_PER_NODE, references.stream().distinct().count(), "references are unique");

        for (String reference : references) {
            List<JsonObject> created = second.get("audit/events?record=" + reference + "&action=ENQUIRY_CREATED",
                    "audit.max", PASSWORD).array().getValuesAs(JsonObject.class);
            assertEquals(1, created.size(), reference + " has one creation event");
        }
        for (Api node : List.of(first, second)) {
            JsonObject verification = node.get("audit/verification", "audit.max", PASSWORD).json();
            assertTrue(verification.getBoolean("valid"), verification.toString());
            System.out.printf("Two nodes: %d drafts, chain of %d events valid against %d checkpoints%n",
                    references.size(), verification.getJsonNumber("eventsChecked").longValue(),
                    verification.getJsonNumber("checkpointsChecked").longValue());
        }

        String reference = references.get(0);
        long read = first.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version")
                .longValue();
        String revised = DRAFT.replace("{\"source\"", "{\"version\": " + read + ", \"source\"");
        assertEquals(200, second.put("enquiries/" + reference, "prac.sam", PASSWORD,
                revised.replace("Written on one", "Changed on the second")).status());
        Api.Answer stale = first.put("enquiries/" + reference, "prac.sam", PASSWORD,
                revised.replace("Written on one", "Changed on the first"));
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals("Changed on the second of two servers", first.get("enquiries/" + reference, "prac.sam", PASSWORD)
                .json().getString("summary"), "the first server reads what the second committed");
    }

    @AfterEach
    void stopSecondNode() throws Exception {
        if (secondNode != null) {
            secondNode.close();
        }
    }
}
