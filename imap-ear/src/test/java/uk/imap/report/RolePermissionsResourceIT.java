package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;
import uk.imap.consent.ConsentOverrides;
import uk.imap.enquiry.Enquiries;

/** R20: roles × permitted operations, read from the deployed EJBs, as JSON and CSV. */
class RolePermissionsResourceIT extends OverTheApi {

    Set<String> rows(String as) throws Exception {
        return api.get("reports/role-permissions", as, PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("role") + " " + row.getString("operation")).collect(Collectors.toSet());
    }

    /** What the class itself declares, to compare with what the server reports. */
    static Set<String> declared(Class<?> boundary) {
        return Arrays.stream(boundary.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(RolesAllowed.class))
                .flatMap((Method m) -> Arrays.stream(m.getAnnotation(RolesAllowed.class).value())
                        .map(role -> role + " " + boundary.getSimpleName() + "." + m.getName()))
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("R20 the report lists each deployed boundary's roles as its annotations say, and nothing they do not")
    void readFromTheDeployedBeans() throws Exception {
        Set<String> reported = rows("audit.max");

        assertTrue(reported.containsAll(declared(Enquiries.class)), "Enquiries");
        assertTrue(reported.containsAll(declared(ConsentOverrides.class)), "ConsentOverrides");
        assertTrue(reported.contains("CALDICOTT_GUARDIAN ConsentOverrides.decide"));
        assertFalse(reported.contains("PRACTITIONER ConsentOverrides.decide"), "four eyes: practitioners decide none");
        assertEquals(reported, rows("admin.eve"));
    }

    @Test
    @DisplayName("R20 the report exports as CSV with a header, and only auditors and administrators may have it")
    void csvAndAccess() throws Exception {
        Api.Answer csv = api.get("reports/role-permissions", "audit.max", PASSWORD, "text/csv");

        assertEquals(200, csv.status(), csv.raw().body());
        List<String> lines = csv.raw().body().lines().toList();
        assertEquals("role,operation,description", lines.get(0));
        assertTrue(lines.contains("MANAGER,ConsentOverrides.decide,Consent overrides: decide"), lines.toString());
        assertEquals(403, api.get("reports/role-permissions", "prac.sam", PASSWORD).status());
        assertEquals(401, api.get("reports/role-permissions", null, null).status());
    }
}
