package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** The maintained bank-holiday table: shipped with 2026 and 2027, kept by administrators (R15). */
class BankHolidaysResourceIT extends OverTheApi {

    @Test
    @DisplayName("R15 the table ships with the England and Wales bank holidays of 2026 and 2027")
    void shippedYears() throws Exception {
        String holidays = api.get("admin/bank-holidays", "admin.eve", PASSWORD).raw().body();

        assertTrue(holidays.contains("2026-12-28"), holidays);
        assertTrue(holidays.contains("2027-03-26"), holidays);
        assertEquals(16, api.get("admin/bank-holidays", "admin.eve", PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().filter(h -> h.getString("day").startsWith("2026") || h.getString("day").startsWith("2027"))
                .count());
    }

    @Test
    @DisplayName("R15 an administrator adds and removes a day, and cannot add it twice")
    void administratorKeepsTheTable() throws Exception {
        String day = "2028-0" + (1 + (int) (System.nanoTime() % 9)) + "-1" + (int) (System.nanoTime() % 10);
        api.delete("admin/bank-holidays/" + day, "admin.eve", PASSWORD);

        Api.Answer added = api.post("admin/bank-holidays", "admin.eve", PASSWORD,
                "{\"day\": \"" + day + "\", \"name\": \"Extra bank holiday\"}");
        assertEquals(201, added.status());
        assertEquals(400, api.post("admin/bank-holidays", "admin.eve", PASSWORD,
                "{\"day\": \"" + day + "\", \"name\": \"Twice\"}").status());
        assertTrue(api.get("admin/bank-holidays", "admin.eve", PASSWORD).raw().body().contains(day));

        assertEquals(204, api.delete("admin/bank-holidays/" + day, "admin.eve", PASSWORD).status());
        assertFalse(api.get("admin/bank-holidays", "admin.eve", PASSWORD).raw().body().contains(day));
    }

    @Test
    @DisplayName("R16 R22 a practitioner may not change the table, and bad input is refused field by field")
    void othersAndBadInputAreRefused() throws Exception {
        assertEquals(403, api.post("admin/bank-holidays", "prac.sam", PASSWORD,
                "{\"day\": \"2028-02-02\", \"name\": \"Mine\"}").status());
        Api.Answer bad = api.post("admin/bank-holidays", "admin.eve", PASSWORD, "{\"day\": \"02/02/2028\"}");
        assertEquals(400, bad.status());
        assertEquals("day", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
