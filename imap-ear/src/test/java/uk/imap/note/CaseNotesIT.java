package uk.imap.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/**
 * Case notes, strategy discussions and the chronology over the API (R29): notes are never edited, a correction
 * supersedes once; the chronology merges what happened, oldest first, and filters by kind and agency; all within
 * need to know (R16) and audited (R18).
 */
class CaseNotesIT extends OverTheApi {

    static final String STRATEGY = """
            {"kind": "STRATEGY_DISCUSSION", "text": "Police and school shared what they know",
             "occurredAt": "%s",
             "participants": [{"name": "DS Ray Brook", "agency": "Police"}, {"name": "Jo Hart", "agency": "School"}],
             "decision": "Section 47 enquiries to begin", "nextSteps": "Joint visit tomorrow"}""";

    @Test
    @DisplayName("R29 a note and a strategy discussion are written and listed, oldest first, and each write is audited")
    void writeAndList() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        String yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();

        Api.Answer note = api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"Spoke to the school nurse\"}");
        Api.Answer strategy = api.post("enquiries/" + reference + "/notes", "mgr.ana", PASSWORD,
                STRATEGY.formatted(yesterday));

        assertEquals(201, note.status(), note.raw().body());
        assertEquals(201, strategy.status(), strategy.raw().body());
        assertEquals("mgr.ana", strategy.json().getString("writtenBy"));
        assertEquals(2, strategy.json().getJsonArray("participants").size());
        List<JsonObject> notes = api.get("enquiries/" + reference + "/notes", "prac.sam", PASSWORD).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("NOTE", "STRATEGY_DISCUSSION"), notes.stream().map(n -> n.getString("kind")).toList());
        long id = note.json().getJsonNumber("id").longValue();
        List<String> audited = api.get("audit/events?action=NOTE_WRITTEN&record=" + id, "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("recordId")).toList();
        assertTrue(audited.contains(String.valueOf(id)), audited.toString());
    }

    @Test
    @DisplayName("R29 a note is corrected by a note that supersedes it, once; a second correction of it is refused")
    void correctedOnce() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        long first = api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"Mother seen on Tuesday\"}").json().getJsonNumber("id").longValue();

        Api.Answer correction = api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"Mother seen on Wednesday, not Tuesday\", \"supersedes\": "
                        + first + "}");
        Api.Answer again = api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"Thursday\", \"supersedes\": " + first + "}");

        assertEquals(201, correction.status(), correction.raw().body());
        assertEquals(400, again.status());
        assertEquals("supersedes", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        List<JsonObject> notes = api.get("enquiries/" + reference + "/notes", "prac.sam", PASSWORD).array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, notes.size());
        assertEquals("Mother seen on Tuesday", notes.get(0).getString("text"));
        assertEquals(correction.json().getJsonNumber("id").longValue(),
                notes.get(0).getJsonNumber("supersededBy").longValue());
    }

    @Test
    @DisplayName("R29 a strategy discussion without who took part, what was decided or next steps is refused by field")
    void incompleteStrategyDiscussion() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toString();

        Api.Answer refused = api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"STRATEGY_DISCUSSION\", \"text\": \"Talked\", \"occurredAt\": \"" + tomorrow
                        + "\", \"participants\": [{\"name\": \"DS Brook\"}]}");

        assertEquals(400, refused.status());
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("occurredAt", "decision", "nextSteps", "participants[0].agency"), fields);
        assertEquals(0, api.get("enquiries/" + reference + "/notes", "prac.sam", PASSWORD).array().size());
        assertEquals(400, api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"DIARY\", \"text\": \"x\"}").status());
        assertEquals(400, api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"x\", \"participants\": [null]}").status());
    }

    @Test
    @DisplayName("R29 closing as a s47 strategy discussion needs the discussion recorded; the threshold view is set at close")
    void closingAsStrategyDiscussion() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        String close = """
                {"to": "CLOSED", "version": %d, "outcome": "S47_STRATEGY_DISCUSSION", "reasons": "Significant harm",
                 "threshold": "S17_CHILD_IN_NEED"}""";

        Api.Answer refused = api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                close.formatted(version(reference)));
        assertEquals(400, refused.status());
        assertEquals("outcome", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(201, api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                STRATEGY.formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0))).status());
        Api.Answer closed = api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                close.formatted(version(reference)));

        assertEquals(200, closed.status(), closed.raw().body());
        assertEquals("S17_CHILD_IN_NEED", closed.json().getString("threshold"));
        assertEquals("S47_STRATEGY_DISCUSSION", closed.json().getString("outcome"));
    }

    private long version(String reference) throws Exception {
        return api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version").longValue();
    }

    @Test
    @DisplayName("R29 R16 outside need to know nobody reads or writes notes; the refusal is audited")
    void outsideNeedToKnow() throws Exception {
        String reference = HubScenario.on(api).open().reference();

        assertEquals(403, api.post("enquiries/" + reference + "/notes", "prac.lee", PASSWORD,
                "{\"kind\": \"NOTE\", \"text\": \"Not mine\"}").status());
        assertEquals(403, api.get("enquiries/" + reference + "/notes", "prac.lee", PASSWORD).status());
        assertEquals(403, api.get("enquiries/" + reference + "/chronology", "prac.lee", PASSWORD).status());
    }

    @Test
    @DisplayName("R29 the chronology merges intake, consent, request, answer, handover and notes, oldest first")
    void chronology() throws Exception {
        HubScenario.Case made = HubScenario.on(api).answered().open();
        String reference = made.reference();
        // A strategy discussion's time is typed to the second: let that second follow the answer's.
        Thread.sleep(1100);
        api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD,
                STRATEGY.formatted(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)));
        api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"ADD\", \"username\": \"prac.lee\", \"reason\": \"Knows the family\"}");

        List<JsonObject> all = api.get("enquiries/" + reference + "/chronology", "prac.sam", PASSWORD).array()
                .getValuesAs(JsonObject.class);

        List<String> kinds = all.stream().map(e -> e.getString("kind")).toList();
        assertEquals(List.of("ENQUIRY", "CONSENT", "ENQUIRY", "REQUEST", "ANSWER", "STRATEGY_DISCUSSION", "HANDOVER"),
                kinds, all.toString());
        List<OffsetDateTime> times = all.stream().map(e -> OffsetDateTime.parse(e.getString("at"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isBefore(times.get(i - 1)), "oldest first: " + times);
        }
        JsonObject answer = all.get(kinds.indexOf("ANSWER"));
        assertEquals("POLICE", answer.getString("agency"));
        assertTrue(answer.getString("summary").contains("(verified)"), answer.toString());
        assertEquals("police.ray", answer.getString("by"));
        assertTrue(all.get(kinds.indexOf("HANDOVER")).getString("summary").contains("prac.lee"));

        List<JsonObject> police = api.get("enquiries/" + reference + "/chronology?agency=POLICE", "prac.sam",
                PASSWORD).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("REQUEST", "ANSWER"), police.stream().map(e -> e.getString("kind")).toList());
        assertEquals(1, api.get("enquiries/" + reference + "/chronology?kind=STRATEGY_DISCUSSION", "prac.sam",
                PASSWORD).array().size());
        assertEquals(400, api.get("enquiries/" + reference + "/chronology?kind=GOSSIP", "prac.sam", PASSWORD)
                .status());
        // prac.lee, added, now reads the chronology too.
        assertEquals(200, api.get("enquiries/" + reference + "/chronology", "prac.lee", PASSWORD).status());
    }
}
