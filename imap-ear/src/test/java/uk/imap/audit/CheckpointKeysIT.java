package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** R34 over the API: an administrator rotates the checkpoint key; auditors keep every key's history. */
class CheckpointKeysIT extends OverTheApi {

    @Test
    @DisplayName("R34 R20 POST /admin/checkpoint-keys puts a new key in force; the history names it and the old key")
    void rotateOverTheApi() throws Exception {
        Api.Answer rotated = api.post("admin/checkpoint-keys", "admin.eve", PASSWORD, "");
        assertEquals(201, rotated.status(), rotated.raw().body());
        String id = rotated.json().getString("id");
        assertTrue(!rotated.json().containsKey("retired") || rotated.json().isNull("retired"), "in force");

        List<JsonObject> keys = api.get("admin/checkpoint-keys", "audit.max", PASSWORD).array()
                .getValuesAs(JsonObject.class);
        assertEquals(id, keys.get(keys.size() - 1).getString("id"));
        assertTrue(keys.size() >= 2 && !keys.get(keys.size() - 2).isNull("retired"), keys.toString());
        String lines = api.get("admin/checkpoint-keys", "audit.max", PASSWORD, "text/plain").raw().body();
        assertEquals(keys.size(), CheckpointKeys.parse(lines.lines().toList()).keys().size(),
                "the text the offline verifier reads");

        assertEquals(403, api.post("admin/checkpoint-keys", "audit.max", PASSWORD, "").status());
        assertEquals(403, api.get("admin/checkpoint-keys", "prac.sam", PASSWORD).status());
        assertTrue(api.get("audit/events?action=CHECKPOINT_KEY_ROTATED&record=" + id, "audit.max", PASSWORD)
                .raw().body().contains("admin.eve"), "the rotation is an audit event");
        assertTrue(api.get("reports/privileged-changes", "audit.max", PASSWORD).raw().body()
                .contains("CHECKPOINT_KEY_ROTATED"), "and a privileged change");
        assertTrue(api.get("audit/verification", "audit.max", PASSWORD).json().getBoolean("valid"));
    }
}
