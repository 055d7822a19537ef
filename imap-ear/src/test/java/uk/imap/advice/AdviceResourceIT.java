package uk.imap.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** Advice without identity over the REST API (R17). */
class AdviceResourceIT extends OverTheApi {

    String enquiry() throws Exception {
        return api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "PROFESSIONAL", "referrer": {"name": "A Teacher", "organisation": "Oak School"},
                 "summary": "Will Turner (8) told his teacher that Dean hit him at 14 Orchard Way LS6 2AB.",
                 "threshold": "S17_CHILD_IN_NEED", "priority": "AMBER",
                 "subjects": [{"kind": "CHILD", "givenName": "Will", "familyName": "Turner", "dateOfBirth": "2018-03-09",
                               "address": "14 Orchard Way", "relationship": "SUBJECT"},
                              {"kind": "ADULT", "givenName": "Dean", "familyName": "Okafor",
                               "address": "14 Orchard Way", "relationship": "PARTNER_OF_PARENT"}]}""")
                .json().getString("reference");
    }

    Api.Answer ask(String reference, String role) throws Exception {
        return api.post("advice-requests", "prac.sam", PASSWORD, """
                {"enquiryReference": "%s", "advisorRole": "%s",
                 "question": "Should we tell will's mother before asking the police about Dean OKAFOR? She will be upset. Her number is 07700 900123."}
                """.formatted(reference, role));
    }

    @Test
    @DisplayName("R17 the Caldicott Guardian sees the question and summary with roles for names, places and numbers")
    void theGuardianSeesNoIdentity() throws Exception {
        String reference = enquiry();
        Api.Answer asked = ask(reference, "CALDICOTT_GUARDIAN");
        assertEquals(201, asked.status(), asked.raw().body());
        long id = asked.json().getJsonNumber("id").longValue();

        JsonObject seen = api.get("advice-requests/" + id, "cg.pat", PASSWORD).json();

        assertTrue(seen.getBoolean("anonymised"));
        assertFalse(seen.containsKey("enquiryReference"));
        assertEquals("Should we tell Child A's mother before asking the police about Partner of a parent? She will be"
                + " upset. Her number is [phone number].", seen.getString("question"));
        String summary = seen.getString("summary");
        assertFalse(summary.contains("Will") || summary.contains("Turner") || summary.contains("Dean")
                || summary.contains("Orchard") || summary.contains("LS6"), summary);
        assertTrue(api.get("advice-requests", "cg.pat", PASSWORD).raw().body().contains("\"id\":" + id));
    }

    @Test
    @DisplayName("R17 a manager entitled to the record sees it whole; the answer is recorded once and shown to the asker")
    void entitledAdvisorAndAnswer() throws Exception {
        String reference = enquiry();
        long id = ask(reference, "MANAGER").json().getJsonNumber("id").longValue();

        JsonObject seen = api.get("advice-requests/" + id, "mgr.ana", PASSWORD).json();
        assertFalse(seen.getBoolean("anonymised"));
        assertTrue(seen.getString("question").contains("Dean OKAFOR"));

        assertEquals(403, api.post("advice-requests/" + id + "/answer", "cg.pat", PASSWORD,
                "{\"answer\": \"Not mine to give\"}").status(), "a question put to a manager is not the Guardian's");
        assertEquals(400, api.post("advice-requests/" + id + "/answer", "mgr.ana", PASSWORD, "{\"answer\": \" \"}")
                .status());
        assertEquals(200, api.post("advice-requests/" + id + "/answer", "mgr.ana", PASSWORD,
                "{\"answer\": \"Ask the police first; telling her could put the child at risk.\"}").status());
        assertEquals(409, api.post("advice-requests/" + id + "/answer", "mgr.ana", PASSWORD,
                "{\"answer\": \"Again\"}").status());
        assertTrue(api.get("advice-requests/" + id, "prac.sam", PASSWORD).json().getString("answer")
                .startsWith("Ask the police first"));
    }

    @Test
    @DisplayName("R16 R17 others may not read the question: 403")
    void othersMayNot() throws Exception {
        long id = ask(enquiry(), "CALDICOTT_GUARDIAN").json().getJsonNumber("id").longValue();

        assertEquals(403, api.get("advice-requests/" + id, "prac.lee", PASSWORD).status());
        assertEquals(403, api.get("advice-requests/" + id, "health.kim", PASSWORD).status());
        assertEquals(403, api.get("advice-requests/" + id, "audit.max", PASSWORD).status());
    }
}
