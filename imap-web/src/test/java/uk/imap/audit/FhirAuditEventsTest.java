package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FhirAuditEventsTest {

    static AuditEventView event(AuditAction action, AuditOutcome outcome, String recordId, String reason) {
        return new AuditEventView(42, "prac.sam", Set.of("PRACTITIONER", "MANAGER"),
                OffsetDateTime.parse("2026-12-02T10:07:00Z"), action, recordId == null ? null : "ENQUIRY", recordId,
                outcome, "192.0.2.7", "Firefox", reason);
    }

    @Test
    @DisplayName("R34 an audit event as a FHIR R4 AuditEvent: the requesting agent, the record as entity, the outcome")
    void auditEvent() {
        JsonObject resource = FhirAuditEvents.resource(event(AuditAction.ENQUIRY_READ, AuditOutcome.SUCCESS,
                "IMAP-2026-000001", null));

        assertEquals("AuditEvent", resource.getString("resourceType"));
        assertEquals("42", resource.getString("id"));
        assertEquals("rest", resource.getJsonObject("type").getString("code"));
        assertEquals("ENQUIRY_READ", resource.getJsonArray("subtype").getJsonObject(0).getString("code"));
        assertEquals("R", resource.getString("action"));
        assertEquals("2026-12-02T10:07Z", resource.getString("recorded"));
        assertEquals("0", resource.getString("outcome"));
        JsonObject agent = resource.getJsonArray("agent").getJsonObject(0);
        assertTrue(agent.getBoolean("requestor"));
        assertEquals("prac.sam", agent.getJsonObject("who").getJsonObject("identifier").getString("value"));
        assertEquals("MANAGER", agent.getJsonArray("role").getJsonObject(0).getJsonArray("coding").getJsonObject(0)
                .getString("code"));
        assertEquals("192.0.2.7", agent.getJsonObject("network").getString("address"));
        JsonObject what = resource.getJsonArray("entity").getJsonObject(0).getJsonObject("what");
        assertEquals("IMAP-2026-000001", what.getJsonObject("identifier").getString("value"));
        assertEquals("urn:imap:record:ENQUIRY", what.getJsonObject("identifier").getString("system"));
        assertFalse(resource.containsKey("outcomeDesc"));
    }

    @Test
    @DisplayName("R34 a refusal is a minor failure with its reason; a sign-in is a DICOM User Authentication event")
    void refusalsAndSignIns() {
        JsonObject refused = FhirAuditEvents.resource(event(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED,
                "IMAP-2026-000001", "not within need to know"));
        assertEquals("4", refused.getString("outcome"));
        assertEquals("not within need to know", refused.getString("outcomeDesc"));
        assertEquals("E", refused.getString("action"));

        JsonObject signIn = FhirAuditEvents.resource(event(AuditAction.SIGNED_IN, AuditOutcome.SUCCESS, null, null));
        assertEquals("110114", signIn.getJsonObject("type").getString("code"));
        assertFalse(signIn.containsKey("entity"), "no record");

        JsonObject bundle = FhirAuditEvents.bundle(List.of(event(AuditAction.ENQUIRY_CREATED, AuditOutcome.SUCCESS,
                "IMAP-2026-000001", null)));
        assertEquals("Bundle", bundle.getString("resourceType"));
        assertEquals("searchset", bundle.getString("type"));
        assertEquals(1, bundle.getInt("total"));
        assertEquals("urn:imap:audit-event:42", bundle.getJsonArray("entry").getJsonObject(0).getString("fullUrl"));
    }

    @Test
    @DisplayName("R34 each action is read, created, updated, deleted or executed, as FHIR's action codes say")
    void actionCodes() {
        assertEquals("C", FhirAuditEvents.actionCode(AuditAction.ENQUIRY_CREATED));
        assertEquals("C", FhirAuditEvents.actionCode(AuditAction.DISCLOSURE_RECORDED));
        assertEquals("U", FhirAuditEvents.actionCode(AuditAction.ENQUIRY_REVISED));
        assertEquals("D", FhirAuditEvents.actionCode(AuditAction.BANK_HOLIDAY_REMOVED));
        assertEquals("R", FhirAuditEvents.actionCode(AuditAction.REPORT_GENERATED));
        assertEquals("E", FhirAuditEvents.actionCode(AuditAction.AUDIT_CHAIN_VERIFIED));
    }
}
