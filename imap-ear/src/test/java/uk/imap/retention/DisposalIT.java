package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.casefile.control.WrittenViews;
import uk.imap.sharing.control.AskedViews;

/**
 * R33, R19: disposal as the hub does it, over the API: a rich enquiry (people, consent, a request and the police's
 * answer, a note with the people present, a document) is closed years ago in the database, since that cannot be done
 * through the API; then disposed of. A name no other test uses is looked for in every text column of every table.
 */
@ExtendWith(ArquillianExtension.class)
class DisposalIT {

    static final String PASSWORD = Deployments.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(DisposalIT.class, Api.class, HubScenario.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Inject
    WrittenViews writtenViews;

    @Inject
    AskedViews askedViews;

    Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL(base, "/imap/"));
    }

    @Test
    @DisplayName("R33 R19 a disposed enquiry's personal content is gone from every table; a tombstone, its statistics"
            + " and a verifying chain remain, and every read says what happened")
    void disposed() throws Exception {
        String name = uniqueName();
        HubScenario.Case hub = HubScenario.on(api).child("Zebedee", name).summary("Worried about " + name)
                .consent("""
                        {"kind": "GRANTED", "givenBy": "%s (mother)", "informedOf": {"why": true, "what": true,
                         "how": true, "withWhom": true}, "statement": "%s says yes"}""".formatted(name, name))
                .answered().open();
        String reference = hub.reference();
        assertEquals(201, api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD, """
                {"kind": "NOTE", "text": "Spoke to %s's aunt"}""".formatted(name)).status());
        assertEquals(201, api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD,
                name + ".png", image()).status());
        assertEquals(200, api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD, """
                {"change": "ADD", "username": "prac.lee", "reason": "Knows %s's family"}""".formatted(name)).status());
        assertTrue(columnsHolding(name).containsAll(List.of("subject.family_name", "audit_event.reason")),
                "the name is in several tables first, the audit trail too: " + columnsHolding(name));
        long erasedBefore = api.get("audit/verification", "audit.max", PASSWORD).json()
                .getJsonNumber("erasedTextEvents").longValue();
        closed(reference, "NO_FURTHER_ACTION", OffsetDateTime.now(ZoneOffset.UTC).minusYears(6).minusMonths(2));
        assertTrue(api.get("disposals", "mgr.ana", PASSWORD).array().stream()
                .anyMatch(row -> row.asJsonObject().getString("reference").equals(reference)));

        assertEquals(403, api.post("disposals/" + reference, "prac.sam", PASSWORD, "{\"confirm\": true}").status(),
                "practitioners do not dispose");
        assertEquals(200, api.get("enquiries/" + reference, "prac.sam", PASSWORD).status());
        assertTrue(writtenViews.holds(reference), "the enquiry as the API wrote it, held in the server's memory");
        assertEquals(200, api.get("information-requests?status=ANSWERED", "police.ray", PASSWORD).status());
        assertTrue(askedViews.holds(hub.request()), "the request as the police's list showed it, held too");
        Api.Answer done = api.post("disposals/" + reference, "mgr.ana", PASSWORD, "{\"confirm\": true}");

        assertEquals(200, done.status(), done.raw().body());
        JsonObject tombstone = done.json();
        assertEquals("mgr.ana", tombstone.getString("disposedBy"));
        assertEquals("P6Y", tombstone.getString("scheduleEntry"));
        assertEquals("NO_FURTHER_ACTION", tombstone.getString("outcome"));
        assertEquals(List.of(), columnsHolding(name), "the name is nowhere in the database");
        assertFalse(writtenViews.holds(reference), "nor in what the server held of it");
        assertFalse(askedViews.holds(hub.request()), "nor in what it held of the police's list");
        assertEquals(0, count("SELECT COUNT(*) FROM subject s JOIN enquiry e ON s.enquiry_id = e.id"
                + " WHERE e.reference = '" + reference + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM document d JOIN enquiry e ON d.enquiry_id = e.id"
                + " WHERE e.reference = '" + reference + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM disclosure_item i JOIN disclosure d ON i.disclosure_id = d.id"
                + " JOIN information_request r ON d.information_request_id = r.id JOIN enquiry e"
                + " ON r.enquiry_id = e.id WHERE e.reference = '" + reference + "' AND i.content <> ''"),
                "what the police shared is erased");
        assertEquals(1, count("SELECT COUNT(*) FROM enquiry WHERE reference = '" + reference + "' AND summary = ''"
                + " AND status = 'CLOSED' AND outcome = 'NO_FURTHER_ACTION' AND closed_at IS NOT NULL"
                + " AND disposed_by = 'mgr.ana' AND disposed_under = 'P6Y'"), "the tombstone, counted as closed");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ENQUIRY_DISPOSED' AND record_id = '"
                + reference + "' AND actor = 'mgr.ana' AND reason = 'NO_FURTHER_ACTION P6Y'"));

        Api.Answer read = api.get("enquiries/" + reference, "prac.sam", PASSWORD);
        assertEquals(410, read.status(), read.raw().body());
        assertEquals("application/problem+json", read.header("Content-Type"));
        assertTrue(read.json().getString("detail").contains("P6Y"), read.raw().body());
        assertEquals(410, api.get("enquiries/" + reference, "prac.sam", PASSWORD, "application/pdf").status());
        assertEquals(410, api.get("information-requests/" + hub.request(), "police.ray", PASSWORD).status(),
                "the agency's request answers the same");
        assertEquals(410, api.get("enquiries/" + reference + "/notes", "prac.sam", PASSWORD).status());
        assertEquals(410, api.post("disposals/" + reference, "cg.pat", PASSWORD, "{\"confirm\": true}").status(),
                "disposed once");
        Api.Answer page = api.page("enquiry/detail.xhtml?reference=" + reference, "prac.sam", PASSWORD);
        assertEquals(410, page.status());
        assertTrue(page.raw().body().contains("disposed of") && !page.raw().body().contains(name));
        assertFalse(api.get("people?q=" + name, "prac.sam", PASSWORD).raw().body().contains(name),
                "nobody of that name is found");
        assertFalse(api.get("disposals", "mgr.ana", PASSWORD).array().stream()
                .anyMatch(row -> row.asJsonObject().getString("reference").equals(reference)), "off the list");
        JsonObject verification = api.get("audit/verification", "audit.max", PASSWORD).json();
        assertTrue(verification.getBoolean("valid"), "the audit chain verifies after the disposal: " + verification);
        assertTrue(verification.getJsonNumber("erasedTextEvents").longValue() > erasedBefore, verification.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ASSIGNMENT_CHANGED' AND record_id = '"
                + reference + "' AND reason IS NULL AND reason_digest IS NOT NULL"), "the event stays, its reason goes");
    }

    @Test
    @DisplayName("R33 R24 another enquiry's person linked to a disposed enquiry's shows the link gone at its next read")
    void aLinkedEnquiryForgetsTheLink() throws Exception {
        String name = uniqueName();
        String disposed = HubScenario.on(api).child("Zebedee", name).open().reference();
        long child = api.get("enquiries/" + disposed, "prac.sam", PASSWORD).json().getJsonArray("subjects")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Api.Answer created = api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "A second concern", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Zebedee", "familyName": "%s", "dateOfBirth": "2015-06-01",
                 "relationship": "SUBJECT", "linkedSubjectId": %d}]}""".formatted(name, child));
        assertEquals(201, created.status(), created.raw().body());
        String linked = created.json().getString("reference");
        JsonObject before = api.get("enquiries/" + linked, "prac.sam", PASSWORD).json();
        assertEquals(before, api.get("enquiries/" + linked, "prac.sam", PASSWORD).json(), "read again, as kept");
        assertEquals(child, before.getJsonArray("subjects").getJsonObject(0).getJsonNumber("linkedSubjectId")
                .longValue());

        closed(disposed, "NO_FURTHER_ACTION", OffsetDateTime.now(ZoneOffset.UTC).minusYears(6).minusMonths(2));
        Api.Answer done = api.post("disposals/" + disposed, "mgr.ana", PASSWORD, "{\"confirm\": true}");
        assertEquals(200, done.status(), done.raw().body());

        JsonObject after = api.get("enquiries/" + linked, "prac.sam", PASSWORD).json();
        JsonObject person = after.getJsonArray("subjects").getJsonObject(0);
        assertTrue(!person.containsKey("linkedSubjectId") || person.isNull("linkedSubjectId"), person.toString());
        assertTrue(after.getJsonNumber("version").longValue() > before.getJsonNumber("version").longValue(),
                "a change to what it shows moves its version on");
        assertEquals(0, count("SELECT COUNT(*) FROM enquiry WHERE reference = '" + disposed + "'"
                + " AND view_document IS NOT NULL"), "the disposed enquiry's kept view is gone");
    }

    @Test
    @DisplayName("R33 an enquiry not yet due, or held, is never disposed of; a bad decision is a 400; nothing changes")
    void neverByAccident() throws Exception {
        String name = uniqueName();
        String notYet = HubScenario.on(api).child("Zebedee", name).open().reference();
        closed(notYet, "EARLY_HELP", OffsetDateTime.now(ZoneOffset.UTC).minusYears(5));
        String held = HubScenario.on(api).child("Zebedee", name).open().reference();
        closed(held, "EARLY_HELP", OffsetDateTime.now(ZoneOffset.UTC).minusYears(9));
        String open = HubScenario.on(api).child("Zebedee", name).open().reference();

        Api.Answer early = api.post("disposals/" + notYet, "cg.pat", PASSWORD, "{\"confirm\": true}");
        assertEquals(409, early.status(), early.raw().body());
        assertTrue(early.json().getString("detail").contains("kept until"), early.raw().body());
        assertEquals(201, api.post("disposals/" + held, "cg.pat", PASSWORD, "{\"hold\": \"Claim by the family\"}")
                .status());
        assertEquals(409, api.post("disposals/" + held, "cg.pat", PASSWORD, "{\"confirm\": true}").status());
        assertEquals(409, api.post("disposals/" + open, "cg.pat", PASSWORD, "{\"confirm\": true}").status());
        for (String bad : new String[] {"{}", "{\"confirm\": false}", "{\"confirm\": true, \"hold\": \"x\"}",
                "{\"confirm\": \"yes\"}", "[true]", "null"}) {
            assertEquals(400, api.post("disposals/" + held, "cg.pat", PASSWORD, bad).status(), bad);
        }
        assertEquals(404, api.post("disposals/IMAP-1999-999999", "cg.pat", PASSWORD, "{\"confirm\": true}")
                .status());

        assertEquals(3, count("SELECT COUNT(*) FROM subject WHERE family_name = '" + name + "'"), "nothing erased");
        assertEquals(0, count("SELECT COUNT(*) FROM enquiry WHERE disposed_at IS NOT NULL AND reference IN ('"
                + notYet + "', '" + held + "', '" + open + "')"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ENQUIRY_DISPOSED' AND record_id IN ('"
                + notYet + "', '" + held + "', '" + open + "')"));
    }

    /** Letters only, as names are; different in every run. */
    static String uniqueName() {
        StringBuilder name = new StringBuilder("Quill");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static byte[] image() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    void closed(String reference, String outcome, OffsetDateTime at) throws Exception {
        // Closed years ago, which the API cannot do; the version moves on as with any closing.
        try (Connection c = database.getConnection(); PreparedStatement close = c.prepareStatement("UPDATE enquiry"
                + " SET status = 'CLOSED', outcome = ?, outcome_reasons = 'Closed for the test', closed_at = ?,"
                + " version = version + 1 WHERE reference = ?")) {
            close.setString(1, outcome);
            close.setObject(2, at);
            close.setString(3, reference);
            assertEquals(1, close.executeUpdate());
        }
    }

    /** Every table.column of the application's schema whose text holds {@code text}. */
    List<String> columnsHolding(String text) throws Exception {
        sequencer.catchUp();
        List<String> found = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT table_name, column_name FROM"
                    + " information_schema.columns WHERE table_schema = CURRENT_SCHEMA AND (UPPER(data_type) LIKE"
                    + " '%CHAR%' OR UPPER(data_type) = 'TEXT')"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "the schema's text columns: " + columns.size());
            for (String[] column : columns) {
                // Quoted as the catalogue spells them: H2 and PostgreSQL fold unquoted names differently.
                try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\" LIKE ?")) {
                    query.setString(1, "%" + text + "%");
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            found.add((column[0] + "." + column[1]).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        return found;
    }

    long count(String sql) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
