package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import uk.imap.HubScenario.Consent;

/**
 * Issue 16, R18: an enquiry's kept view altered in the database is never read. The hub still opens the enquiry and
 * lists it as it is, and the auditors find each refusal in the audit trail, with a digest of what was found.
 */
@ExtendWith(ArquillianExtension.class)
class TamperedKeptViewIT {

    static final String PASSWORD = Deployments.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(TamperedKeptViewIT.class, Api.class, HubScenario.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL(base, "/imap/"));
    }

    @Test
    @DisplayName("R18 a kept view altered in its row is refused at an opening and at a worklist, each an audit event")
    void alteredViewIsRefusedAndAudited() throws Exception {
        String reference = HubScenario.on(api).priority("GREEN").consent(Consent.NOT_SOUGHT).open().reference();
        JsonObject opened = enquiry(reference);
        assertTrue(keptView(reference) != null, "the opening kept a view in the row");

        byte[] altered = "not a view at all".getBytes(StandardCharsets.UTF_8);
        alter(reference, altered);
        assertEquals(opened, enquiry(reference), "opened as before, from the enquiry itself");
        byte[] keptAfresh = keptView(reference);
        assertTrue(keptAfresh != null && !Arrays.equals(altered, keptAfresh), "and a view kept afresh over it");

        // A change moves the version on, so the lists below meet the view kept at the next opening, in its row.
        assertEquals(200, api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"ADD\", \"username\": \"prac.lee\", \"reason\": \"Knows the family\"}").status());
        enquiry(reference);
        byte[] alteredAgain = "still not a view".getBytes(StandardCharsets.UTF_8);
        alter(reference, alteredAgain);
        JsonObject listed = row(reference);
        assertArrayEquals(null, keptView(reference), "what a list refused is cleared");
        assertEquals(listed, row(reference), "and listed again, without a second refusal");
        enquiry(reference);
        assertEquals(listed, row(reference), "as the view kept at the next opening lists it");

        List<JsonObject> refusals = api.get("audit/events?action=KEPT_VIEW_REFUSED&record=" + reference, "audit.max",
                PASSWORD).array().getValuesAs(JsonObject.class);
        assertEquals(2, refusals.size(), refusals.toString());
        refusals.forEach(refusal -> {
            assertEquals("prac.sam", refusal.getString("actor"), refusal.toString());
            assertEquals("DENIED", refusal.getString("outcome"), refusal.toString());
        });
        assertEquals(Set.of(sha256(altered), sha256(alteredAgain)), refusals.stream()
                .map(refusal -> refusal.getString("reason").replaceFirst(".* ", "")).collect(Collectors.toSet()),
                "each names what was found by its digest");
        assertTrue(api.get("audit/verification", "audit.max", PASSWORD).json().getBoolean("valid"));
    }

    private JsonObject enquiry(String reference) throws Exception {
        Api.Answer read = api.get("enquiries/" + reference, "prac.sam", PASSWORD);
        assertEquals(200, read.status(), read.raw().body());
        return read.json();
    }

    private JsonObject row(String reference) throws Exception {
        Api.Answer list = api.get("enquiries?owner=prac.sam&size=200", "prac.sam", PASSWORD);
        assertEquals(200, list.status(), list.raw().body());
        return list.json().getJsonArray("enquiries").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("reference").equals(reference)).findFirst().orElseThrow();
    }

    // As someone with the database's password would: at the enquiry's present version, so it would be used.
    private void alter(String reference, byte[] bytes) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement alter = c.prepareStatement("UPDATE enquiry"
                + " SET view_document = ?, view_document_version = version WHERE reference = ?")) {
            alter.setBytes(1, bytes);
            alter.setString(2, reference);
            assertEquals(1, alter.executeUpdate());
        }
    }

    private byte[] keptView(String reference) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT view_document FROM enquiry WHERE reference = ?")) {
            query.setString(1, reference);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
