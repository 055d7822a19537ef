package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.enquiry.ConcernCategories;
import uk.imap.sharing.Agencies;

/**
 * R10 R20: the names pages show for recorded codes are held on the server, not read for every page; a change an
 * administrator makes shows at the next page all the same, an agency's, a legal gateway's and a concern category's.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceNamesIT {

    static final String PASSWORD = Deployments.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(ReferenceNamesIT.class, Api.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    Agencies agencies;

    @Inject
    ConcernCategories categories;

    final String code = "YOUTH_" + System.currentTimeMillis();

    @Test
    @DisplayName("R10 R20 names are held between pages; an administrator's change shows at once")
    void heldAndChanged() throws Exception {
        Api api = new Api(new URL(base, "/imap/"));
        assertEquals(201, api.post("admin/agencies", "admin.eve", PASSWORD, """
                {"code": "%s", "displayName": "Youth Offending", "sharedMailbox": "hub@yot.example"}"""
                .formatted(code)).status());
        assertEquals(201, api.post("admin/legal-gateways", "admin.eve", PASSWORD, """
                {"code": "%s", "displayName": "Crime and Disorder Act 1998, s.115"}""".formatted(code)).status());
        assertEquals(201, api.post("admin/concern-categories", "admin.eve", PASSWORD, """
                {"code": "%s", "displayName": "Youth violence"}""".formatted(code)).status());
        assertEquals("Youth Offending", agencyName());
        assertEquals("Crime and Disorder Act 1998, s.115", gatewayName());
        assertEquals("Youth violence", categoryName());

        // Beneath the application, as no user can: the names held are still shown, so pages do not read them.
        rename("agency");
        rename("legal_gateway");
        rename("concern_category");
        assertEquals("Youth Offending", agencyName(), "held, not read again");
        assertEquals("Crime and Disorder Act 1998, s.115", gatewayName(), "held, not read again");
        assertEquals("Youth violence", categoryName(), "held, not read again");

        assertEquals(200, api.put("admin/agencies/" + code, "admin.eve", PASSWORD, """
                {"displayName": "Youth Justice Service", "active": true}""").status());
        assertEquals(200, api.put("admin/legal-gateways/" + code, "admin.eve", PASSWORD, """
                {"displayName": "Crime and Disorder Act 1998, section 115", "active": false}""").status());
        assertEquals(200, api.put("admin/concern-categories/" + code, "admin.eve", PASSWORD, """
                {"displayName": "Serious youth violence", "active": true}""").status());
        assertEquals("Youth Justice Service", agencyName(), "an administrator's change shows at once");
        assertEquals("Crime and Disorder Act 1998, section 115", gatewayName(), "retired, still named");
        assertEquals("Serious youth violence", categoryName());
    }

    String agencyName() throws Exception {
        return SignedInAs.call("prac.sam", () -> agencies.names().get(code));
    }

    String gatewayName() throws Exception {
        return SignedInAs.call("prac.sam", () -> agencies.gatewayNames().get(code));
    }

    String categoryName() throws Exception {
        return SignedInAs.call("prac.sam", () -> categories.names().get(code));
    }

    void rename(String table) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET display_name = 'Renamed beneath' WHERE code = ?")) {
            update.setString(1, code);
            assertEquals(1, update.executeUpdate());
        }
    }
}
