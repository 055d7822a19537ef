package uk.imap.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;

/**
 * R34: audit events as a FHIR R4 Bundle of AuditEvent resources, for a health partner's tooling, following the IHE
 * Basic Audit Log Patterns where they fit: the person acting is the requesting agent with their roles and network
 * address, the record is the entity, sign-ins are DICOM "User Authentication" events and everything else a RESTful
 * operation, with IMAP's own action as the subtype. The chain position is the resource's id.
 */
final class FhirAuditEvents {

    static final String MEDIA_TYPE = "application/fhir+json";

    private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String EVENT_TYPES = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    private static final Set<AuditAction> AUTHENTICATION = Set.of(AuditAction.SIGNED_IN, AuditAction.SIGNED_OUT,
            AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_LOCKED_OUT, AuditAction.SESSION_EXPIRED);

    private FhirAuditEvents() {
    }

    static JsonObject bundle(List<AuditEventView> events) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (AuditEventView event : events) {
            entries.add(Json.createObjectBuilder()
                    .add("fullUrl", "urn:imap:audit-event:" + event.position())
                    .add("resource", resource(event)));
        }
        return Json.createObjectBuilder()
                .add("resourceType", "Bundle")
                .add("type", "searchset")
                .add("total", events.size())
                .add("entry", entries)
                .build();
    }

    static JsonObject resource(AuditEventView event) {
        boolean authentication = AUTHENTICATION.contains(event.action());
        JsonObjectBuilder resource = Json.createObjectBuilder()
                .add("resourceType", "AuditEvent")
                .add("id", Long.toString(event.position()))
                .add("type", authentication ? coding(DICOM, "110114", "User Authentication")
                        : coding(EVENT_TYPES, "rest", "RESTful Operation"))
                .add("subtype", Json.createArrayBuilder().add(coding("urn:imap:audit-action",
                        event.action().name(), null)))
                .add("action", actionCode(event.action()))
                .add("recorded", event.occurredAt().toString())
                // FHIR R4: 0 success; 4 minor failure, as for a request refused.
                .add("outcome", event.outcome() == AuditOutcome.SUCCESS ? "0" : "4")
                .add("agent", Json.createArrayBuilder().add(agent(event)))
                .add("source", Json.createObjectBuilder()
                        .add("observer", Json.createObjectBuilder().add("display", "IMAP"))
                        .add("type", Json.createArrayBuilder().add(coding(
                                "http://terminology.hl7.org/CodeSystem/security-source-type", "4",
                                "Application Server"))));
        if (event.reason() != null) {
            resource.add("outcomeDesc", event.reason());
        }
        if (event.recordId() != null) {
            resource.add("entity", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("what", Json.createObjectBuilder().add("identifier", Json.createObjectBuilder()
                            .add("system", "urn:imap:record:" + event.recordType())
                            .add("value", event.recordId())))
                    .add("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2",
                            "System Object"))));
        }
        return resource.build();
    }

    private static JsonObjectBuilder agent(AuditEventView event) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        event.roles().stream().sorted().forEach(role -> roles.add(Json.createObjectBuilder()
                .add("coding", Json.createArrayBuilder().add(coding("urn:imap:role", role, null)))));
        JsonObjectBuilder agent = Json.createObjectBuilder()
                .add("type", Json.createObjectBuilder().add("coding", Json.createArrayBuilder().add(coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
                        "information recipient"))))
                .add("who", Json.createObjectBuilder().add("identifier", Json.createObjectBuilder()
                        .add("system", "urn:imap:user").add("value", event.actor())))
                .add("requestor", true)
                .add("role", roles);
        if (event.origin() != null) {
            // FHIR R4 network type 2: an IP address.
            agent.add("network", Json.createObjectBuilder().add("address", event.origin()).add("type", "2"));
        }
        return agent;
    }

    /** FHIR's CRUDE: what kind of operation the action was. */
    static String actionCode(AuditAction action) {
        String name = action.name();
        if (name.endsWith("_READ") || name.endsWith("_VIEWED") || name.endsWith("_REVEALED")
                || name.endsWith("_DOWNLOADED") || name.endsWith("_PRINTED") || action == AuditAction.REPORT_GENERATED) {
            return "R";
        }
        if (name.endsWith("_CREATED") || name.endsWith("_ADDED") || name.endsWith("_SENT")
                || name.endsWith("_RECORDED") || name.endsWith("_REQUESTED") || name.endsWith("_RECEIVED")
                || name.endsWith("_ISSUED") || name.endsWith("_GRANTED")) {
            return "C";
        }
        if (name.endsWith("_REMOVED")) {
            return "D";
        }
        if (name.endsWith("_REVISED") || name.endsWith("_CHANGED") || name.endsWith("_WITHDRAWN")
                || name.endsWith("_DECIDED") || name.endsWith("_ANSWERED")) {
            return "U";
        }
        return "E";
    }

    private static JsonObjectBuilder coding(String system, String code, String display) {
        JsonObjectBuilder coding = Json.createObjectBuilder().add("system", system).add("code", code);
        if (display != null) {
            coding.add("display", display);
        }
        return coding;
    }
}
