package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** R34: the audit trail read as FHIR R4 AuditEvent resources, as a health partner's tooling reads it. */
class FhirAuditEventsIT extends OverTheApi {

    @Test
    @DisplayName("R34 Accept: application/fhir+json gives the same events as a Bundle of AuditEvent resources")
    void fhirBundle() throws Exception {
        String reference = openAnonymousEnquiry();
        assertTrue(List.of(403, 404).contains(api.get("enquiries/" + reference, "prac.lee", PASSWORD).status()),
                "another team's enquiry is refused");

        Api.Answer plain = api.get("audit/events?record=" + reference, "audit.max", PASSWORD);
        Api.Answer fhir = api.get("audit/events?record=" + reference, "audit.max", PASSWORD,
                "application/fhir+json");

        assertEquals(200, fhir.status(), fhir.raw().body());
        assertTrue(fhir.header("Content-Type").startsWith("application/fhir+json"), fhir.header("Content-Type"));
        JsonObject bundle = fhir.json();
        assertEquals("Bundle", bundle.getString("resourceType"));
        List<JsonObject> resources = bundle.getJsonArray("entry").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getJsonObject("resource")).toList();
        assertEquals(plain.array().size(), resources.size(), "the same events");
        JsonObject created = resources.stream().filter(r -> r.getJsonArray("subtype").getJsonObject(0)
                .getString("code").equals("ENQUIRY_CREATED")).findFirst().orElseThrow();
        assertEquals("C", created.getString("action"));
        assertEquals("0", created.getString("outcome"));
        JsonObject agent = created.getJsonArray("agent").getJsonObject(0);
        assertEquals("prac.sam", agent.getJsonObject("who").getJsonObject("identifier").getString("value"));
        assertTrue(agent.getBoolean("requestor"));
        assertTrue(agent.getJsonObject("network").getString("address").length() > 0, "from where");
        assertEquals(reference, created.getJsonArray("entity").getJsonObject(0).getJsonObject("what")
                .getJsonObject("identifier").getString("value"));
        assertTrue(resources.stream().anyMatch(r -> "4".equals(r.getString("outcome"))
                        && r.getJsonArray("agent").getJsonObject(0).getJsonObject("who").getJsonObject("identifier")
                        .getString("value").equals("prac.lee")),
                "the refusal is a minor failure in prac.lee's name");

        assertEquals(403, api.get("audit/events", "prac.sam", PASSWORD, "application/fhir+json").status(),
                "auditors alone");
    }
}
