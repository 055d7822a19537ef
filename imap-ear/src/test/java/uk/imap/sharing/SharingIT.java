package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.consent.Capacity;
import uk.imap.consent.ConsentDecisions;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.sharing.control.AskedViews;
import uk.imap.sharing.control.RequestEscalation;

/**
 * Requests, answers and the agencies' mailboxes inside the server: a real SMTP server (GreenMail) receives what the
 * server's mail session sends, and every step leaves its audit event (R15, R18, R13).
 */
@ExtendWith(ArquillianExtension.class)
class SharingIT {

    // The test server's mail session sends to this port (imap.smtp.port in the build).
    static final int SMTP_PORT = 3025;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(List.of(GreenMail.class), SharingIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Inject
    ConsentDecisions consentDecisions;

    @Inject
    InformationRequests requests;

    @Inject
    Disclosures disclosures;

    @Inject
    RequestEscalation escalation;

    @Inject
    AskedViews askedViews;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    String openRedEnquiry() throws Exception {
        Intake intake = new Intake(Source.ANONYMOUS, null, "Robin has a broken arm again", Threshold.S47_SIGNIFICANT_HARM,
                Priority.RED, List.of("PHYSICAL_ABUSE"), List.of(new SubjectDetails(SubjectKind.CHILD, "Robin",
                "Quigley", LocalDate.of(2016, 2, 3), "4 Mill Lane", Relationship.SUBJECT)));
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(intake)).reference();
        SignedInAs.call("prac.sam", () -> consentDecisions.record(reference, new ConsentDetails(ConsentKind.NOT_SOUGHT,
                null, false, false, false, false, null, Set.of(ConsentGround.RISK_OF_HARM), Set.of(),
                "Asking would alert the abuser", null, null, null, null)));
        long version = SignedInAs.call("prac.sam", () -> enquiries.find(reference)).version();
        SignedInAs.call("prac.sam", () -> enquiries.moveTo(reference, version, EnquiryStatus.OPEN, null, null));
        return reference;
    }

    RequestView askPolice(String reference) throws Exception {
        return SignedInAs.call("prac.sam", () -> requests.send(reference, List.of(new RequestDetails("POLICE",
                "Decide on a strategy discussion", "Police attended the address twice this year",
                List.of("CHILDREN_ACT_1989_S47"), List.of(InformationCategory.DOMESTIC_ABUSE_INCIDENTS),
                "Shows whether the injuries follow incidents at home", "Without it the child may be sent home"))))
                .get(0);
    }

    List<MimeMessage> mailAbout(long requestId) {
        Pattern about = Pattern.compile("Request: " + requestId + "\\s");
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> about.matcher(GreenMailUtil.getBody(m)).find())
                .toList();
    }

    @Test
    @DisplayName("R15 the agency's shared mailbox is mailed when a request is sent, with no names or content")
    void sendingMailsTheAgency() throws Exception {
        String reference = openRedEnquiry();

        RequestView sent = askPolice(reference);

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "no mail arrived");
        MimeMessage mail = mailAbout(sent.id()).get(0);
        assertEquals("police@imap-agencies.example", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains(reference), mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertFalse(body.contains("Robin") || body.contains("Quigley") || body.contains("Mill Lane")
                || body.contains("broken arm"), body);
        assertEquals(1, events("REQUEST_SENT", sent.id()));
    }

    @Test
    @DisplayName("R15 a request past its due time is escalated once: an OVERDUE mail and an audit event")
    void overdueRequestsAreEscalatedOnce() throws Exception {
        RequestView sent = askPolice(openRedEnquiry());
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));

        assertTrue(escalation.escalate(sent.dueAt().plusMinutes(1)) >= 1);
        escalation.escalate(sent.dueAt().plusMinutes(2));

        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        List<String> subjects = mailAbout(sent.id()).stream().map(SharingIT::subject).toList();
        assertEquals(2, subjects.size(), subjects.toString());
        assertTrue(subjects.get(1).startsWith("OVERDUE"), subjects.toString());
        assertEquals(1, events("REQUEST_OVERDUE_NOTIFIED", sent.id()));
    }

    @Test
    @DisplayName("R13 R18 an answer is audited, and each hub view of a sensitive item is an audit event")
    void answersAndSensitiveViewsAreAudited() throws Exception {
        RequestView sent = askPolice(openRedEnquiry());
        DisclosureDetails answer = new DisclosureDetails(DisclosureDecision.SHARE_ALL, "Relevant to the injuries",
                ConsentBasis.NOT_SOUGHT, null, List.of(new DisclosureDetails.ItemDetails(
                InformationCategory.DOMESTIC_ABUSE_INCIDENTS, "Stepfather arrested for assault in May",
                Reliability.VERIFIED, Sensitivity.SENSITIVE, null)), List.of(),
                EnumSet.allOf(CaldicottPrinciple.class), null, null);

        DisclosureView recorded = SignedInAs.call("police.ray", () -> disclosures.disclose(sent.id(), answer));
        SignedInAs.call("prac.sam", () -> requests.find(sent.id()));
        SignedInAs.call("mgr.ana", () -> requests.find(sent.id()));

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'DISCLOSURE_RECORDED' AND record_id = ?"
                + " AND actor = 'police.ray'", String.valueOf(recorded.id())));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'GUARDED_ITEM_VIEWED' AND record_id = ?",
                String.valueOf(recorded.items().get(0).id())));
    }

    @Test
    @DisplayName("R15 an agency's list puts overdue requests first, then the rest by due time")
    void overdueFirst() throws Exception {
        RequestView earlier = askPolice(openRedEnquiry());
        RequestView later = askPolice(openRedEnquiry());
        try (Connection c = database.getConnection();
             PreparedStatement backdate = c.prepareStatement("UPDATE information_request SET due_at = ? WHERE id = ?")) {
            backdate.setObject(1, later.sentAt().minusHours(1));
            backdate.setLong(2, later.id());
            assertEquals(1, backdate.executeUpdate());
        }

        List<AskedRequestView> list = SignedInAs.call("police.ray", () -> requests.forMyAgency(RequestStatus.SENT, false));

        List<Long> ids = list.stream().map(AskedRequestView::id).toList();
        assertTrue(ids.indexOf(later.id()) < ids.indexOf(earlier.id()), ids.toString());
        assertTrue(list.get(ids.indexOf(later.id())).overdue());
        List<Long> overdueOnly = SignedInAs.call("police.ray", () -> requests.forMyAgency(RequestStatus.SENT, true))
                .stream().map(AskedRequestView::id).toList();
        assertTrue(overdueOnly.contains(later.id()) && !overdueOnly.contains(earlier.id()), overdueOnly.toString());
        for (int i = 1; i < list.size(); i++) {
            assertFalse(list.get(i).overdue() && !list.get(i - 1).overdue(), "overdue after on-time at " + i);
        }
        assertTrue(SignedInAs.call("prac.sam", () -> requests.overdue()).stream()
                .anyMatch(r -> r.id().equals(later.id())), "the owner's overdue list");
        assertTrue(SignedInAs.call("mgr.ana", () -> requests.overdue()).stream()
                .anyMatch(r -> r.id().equals(later.id())), "the team manager's overdue list");
        assertTrue(SignedInAs.call("prac.lee", () -> requests.overdue()).stream()
                .noneMatch(r -> r.id().equals(later.id())), "another team's practitioner");
    }

    @Test
    @DisplayName("R16 R15 an agency's list, held in memory between looks, shows at the next look each change to the"
            + " consent in force and to the request and its answer")
    void heldListShowsEachChange() throws Exception {
        String reference = openRedEnquiry();
        RequestView sent = askPolice(reference);
        assertEquals("Robin", listed("police.ray", RequestStatus.SENT, sent.id()).subjects().get(0).givenName());
        assertTrue(askedViews.holds(sent.id()), "held after the first look");
        assertEquals(listed("police.ray", RequestStatus.SENT, sent.id()),
                listed("police.ray", RequestStatus.SENT, sent.id()), "the same at the next look, from memory");

        SignedInAs.call("prac.sam", () -> consentDecisions.record(reference, new ConsentDetails(ConsentKind.GRANTED,
                "Jo Quigley (mother)", true, true, true, true, null, null, null, null, null, null,
                Capacity.NOT_APPLICABLE, null)));
        assertEquals(ConsentKind.GRANTED, listed("police.ray", RequestStatus.SENT, sent.id()).consentKind(),
                "the consent decision taken since at the hub");

        SignedInAs.call("police.ray", () -> disclosures.disclose(sent.id(), new DisclosureDetails(
                DisclosureDecision.DECLINE, "Nothing held on this child", ConsentBasis.GRANTED, null, List.of(),
                List.of(), EnumSet.allOf(CaldicottPrinciple.class), null, null)));
        AskedRequestView answered = listed("police.ray", RequestStatus.ANSWERED, sent.id());
        assertEquals(RequestStatus.ANSWERED, answered.status());
        assertEquals("Nothing held on this child", answered.currentDisclosure().reasons());
        assertTrue(SignedInAs.call("police.ray", () -> requests.forMyAgency(RequestStatus.SENT, false)).stream()
                .noneMatch(r -> r.id().equals(sent.id())), "no longer among the requests out");
    }

    AskedRequestView listed(String responder, RequestStatus status, long id) throws Exception {
        return SignedInAs.call(responder, () -> requests.forMyAgency(status, false)).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    long events(String action, long requestId) throws Exception {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND record_type = 'InformationRequest'"
                + " AND record_id = ?", action, String.valueOf(requestId));
    }

    long count(String sql, String... parameters) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
