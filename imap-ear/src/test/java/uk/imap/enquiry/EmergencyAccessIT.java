package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.consent.ConsentDecisions;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.control.EmergencyAccessExpiry;

/** R23 inside the server: the grant, every read under it, and its end are audit events; the grant is queued for review. */
@ExtendWith(ArquillianExtension.class)
class EmergencyAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(EmergencyAccessIT.class, EnquiriesIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Inject
    ConsentDecisions consentDecisions;

    @Inject
    EmergencyAccesses emergencyAccesses;

    @Inject
    EmergencyAccessExpiry expiry;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("R23 break-glass: granted with a reason, each read audited, queued for review, and its end recorded once")
    void breakGlassIsAuditedFromGrantToEnd() throws Exception {
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(EnquiriesIT.intake("Night emergency")))
                .reference();
        SignedInAs.call("prac.sam", () -> consentDecisions.record(reference, new ConsentDetails(ConsentKind.NOT_SOUGHT,
                null, false, false, false, false, null, Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Risk", null,
                null, null, null)));
        assertThrows(OutsideNeedToKnow.class, () -> SignedInAs.call("prac.lee", () -> enquiries.find(reference)));

        EmergencyAccesses.Grant grant = SignedInAs.call("prac.lee",
                () -> emergencyAccesses.grant(reference, "Child at A&E at 2am"));
        SignedInAs.call("prac.lee", () -> enquiries.find(reference));
        SignedInAs.call("prac.lee", () -> enquiries.find(reference));

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'EMERGENCY_ACCESS_GRANTED'"
                + " AND record_id = ? AND actor = 'prac.lee'", reference));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'EMERGENCY_READ' AND record_id = ?"
                + " AND actor = 'prac.lee'", reference));
        assertEquals(1, count("SELECT COUNT(*) FROM review WHERE kind = 'EMERGENCY_ACCESS' AND enquiry_reference = ?",
                reference));

        assertTrue(expiry.recordEnded(grant.expiresAt().plusMinutes(1)) >= 1);
        expiry.recordEnded(grant.expiresAt().plusMinutes(2));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'EMERGENCY_ACCESS_EXPIRED'"
                + " AND record_id = ?", reference));
    }

    long count(String sql, String parameter) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
