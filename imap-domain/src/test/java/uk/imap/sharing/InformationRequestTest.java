package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.RequestsOutstanding;
import uk.imap.enquiry.TransitionNotAllowed;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class InformationRequestTest {

    final Enquiry enquiry = Cases.openEnquiry(Priority.RED, ConsentKind.NOT_SOUGHT);

    @Test
    @DisplayName("R10 a complete request to one agency is sent and the enquiry awaits information")
    void aDeliberateRequestIsSent() {
        InformationRequest request = Cases.sent(enquiry, Cases.askPolice());

        assertEquals(RequestStatus.SENT, request.status());
        assertEquals("POLICE", request.agency());
        assertEquals(List.of("CHILDREN_ACT_1989_S47"), request.legalGateways());
        assertEquals(EnquiryStatus.AWAITING_INFORMATION, enquiry.status());
        assertEquals(1, enquiry.requestsOutstanding());
    }

    @Test
    @DisplayName("R10 a request missing its purpose, necessity, gateway, categories, help and hindrance is refused field by field")
    void anIncompleteRequestIsRefused() {
        RequestDetails empty = new RequestDetails("POLICE", " ", null, List.of(), List.of(), "", null);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Cases.sent(enquiry, empty));

        assertEquals(List.of("purpose", "necessity", "legalGateways", "categories", "helpIfProvided",
                "hindranceIfWithheld"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(EnquiryStatus.OPEN, enquiry.status());
    }

    @Test
    @DisplayName("R10 an agency or gateway not on the maintained lists is refused")
    void unknownCodesAreRefused() {
        RequestDetails details = new RequestDetails("MI5", "p", "n", List.of("MAGNA_CARTA"),
                List.of(InformationCategory.HEALTH), "h", "w");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> Cases.sent(enquiry, details));

        assertEquals(List.of("agency", "legalGateways"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R10 several agencies at once, each with its own reason, are all asked")
    void severalAgenciesWithReasonsOfTheirOwn() {
        List<InformationRequest> sent = InformationRequest.send(enquiry, List.of(Cases.askPolice(),
                Cases.ask("HEALTH", "The GP saw the child twice for injuries")), Cases.AGENCIES, Cases.GATEWAYS,
                ResponseTimes.DEFAULTS, Cases.SAM, Cases.NOW);

        assertEquals(2, sent.size());
        assertEquals(2, enquiry.requestsOutstanding());
    }

    @Test
    @DisplayName("R10 a blanket request, every agency with one reason, is refused with a clear message")
    void aBlanketRequestIsRefused() {
        String oneReason = "We ask everyone";
        List<RequestDetails> blanket = List.of(Cases.ask("POLICE", oneReason), Cases.ask("HEALTH", oneReason),
                Cases.ask("EDUCATION", "  we ASK everyone "));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> InformationRequest.send(enquiry, blanket,
                Cases.AGENCIES, Cases.GATEWAYS, ResponseTimes.DEFAULTS, Cases.SAM, Cases.NOW));

        assertEquals(List.of("requests[1].necessity", "requests[2].necessity"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertTrue(refused.problems().get(0).message().contains("blanket request"));
        assertEquals(0, enquiry.requestsOutstanding());
    }

    @Test
    @DisplayName("R10 the same agency twice in one sending is refused")
    void oneAgencyOnce() {
        List<RequestDetails> twice = List.of(Cases.askPolice(), Cases.ask("POLICE", "Another reason"));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> InformationRequest.send(enquiry, twice,
                Cases.AGENCIES, Cases.GATEWAYS, ResponseTimes.DEFAULTS, Cases.SAM, Cases.NOW));

        assertEquals("requests[1].agency", refused.problems().get(0).field());
    }

    @Test
    @DisplayName("R15 red is due in 4 hours, amber in 24, green in 72 by default")
    void dueTimesByPriority() {
        for (Priority priority : Priority.values()) {
            InformationRequest request = Cases.sent(Cases.openEnquiry(priority, ConsentKind.GRANTED),
                    Cases.askPolice());
            assertEquals(priority.defaultResponseTime(), Duration.between(request.sentAt(), request.dueAt()));
        }
        assertEquals(4, ResponseTimes.DEFAULTS.hours(Priority.RED));
        assertEquals(24, ResponseTimes.DEFAULTS.hours(Priority.AMBER));
        assertEquals(72, ResponseTimes.DEFAULTS.hours(Priority.GREEN));
    }

    @Test
    @DisplayName("R15 response times set by an administrator decide the due time; a time under an hour is refused")
    void configuredResponseTimes() {
        ResponseTimes faster = new ResponseTimes(Map.of(Priority.RED, 2, Priority.AMBER, 8, Priority.GREEN, 48));
        InformationRequest request = InformationRequest.send(enquiry, List.of(Cases.askPolice()), Cases.AGENCIES,
                Cases.GATEWAYS, faster, Cases.SAM, Cases.NOW).get(0);

        assertEquals(Cases.NOW.plusHours(2).toInstant(), request.dueAt().toInstant());
        assertThrows(IllegalArgumentException.class,
                () -> new ResponseTimes(Map.of(Priority.RED, 0, Priority.AMBER, 8, Priority.GREEN, 48)));
    }

    @Test
    @DisplayName("R15 a request still out after its due time is overdue, and its mailbox is told once")
    void overdue() {
        InformationRequest request = Cases.sent(enquiry, Cases.askPolice());

        assertFalse(request.isOverdue(Cases.NOW.plusHours(4)));
        assertTrue(request.isOverdue(Cases.NOW.plusHours(4).plusSeconds(1)));
        assertTrue(request.needsOverdueNotice(Cases.NOW.plusHours(5)));
        request.overdueNoticeSent(Cases.NOW.plusHours(5));
        assertFalse(request.needsOverdueNotice(Cases.NOW.plusHours(6)));

        request.answer(Cases.decline(), enquiry.currentConsent(), null, Cases.RAY, Cases.NOW.plusHours(7));
        assertFalse(request.isOverdue(Cases.NOW.plusHours(8)));
    }

    @Test
    @DisplayName("R1 a draft enquiry cannot ask agencies; consent and opening come first")
    void draftsCannotAsk() {
        Enquiry notOpen = Cases.draft(Priority.RED);

        assertThrows(TransitionNotAllowed.class, () -> Cases.sent(notOpen, Cases.askPolice()));
        assertEquals(EnquiryStatus.DRAFT, notOpen.status());
    }

    @Test
    @DisplayName("R10 the enquiry moves on to DECISION once every request is answered or withdrawn")
    void decisionWhenEverythingIsIn() {
        List<InformationRequest> sent = InformationRequest.send(enquiry, List.of(Cases.askPolice(),
                Cases.ask("HEALTH", "The GP saw the child twice")), Cases.AGENCIES, Cases.GATEWAYS,
                ResponseTimes.DEFAULTS, Cases.SAM, Cases.NOW);

        sent.get(0).answer(Cases.sharePart(ConsentBasis.NOT_SOUGHT), enquiry.currentConsent(), null, Cases.RAY,
                Cases.NOW.plusHours(1));
        assertEquals(EnquiryStatus.AWAITING_INFORMATION, enquiry.status());
        assertThrows(RequestsOutstanding.class, () -> enquiry.moveTo(EnquiryStatus.DECISION, null, null,
                Cases.SAM, Cases.NOW));

        sent.get(1).withdraw("Health were asked by phone during the strategy discussion", Cases.SAM,
                Cases.NOW.plusHours(2));
        assertEquals(EnquiryStatus.DECISION, enquiry.status());
        assertEquals(RequestStatus.WITHDRAWN, sent.get(1).status());
    }

    @Test
    @DisplayName("R10 withdrawing needs a reason and a request still out")
    void withdrawal() {
        InformationRequest request = Cases.sent(enquiry, Cases.askPolice());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> request.withdraw(" ", Cases.SAM, Cases.NOW));
        assertEquals("reason", refused.problems().get(0).field());
        assertEquals(RequestStatus.SENT, request.status());

        request.withdraw("Sent in error", Cases.SAM, Cases.NOW);
        assertThrows(RequestNotOpen.class, () -> request.withdraw("Again", Cases.SAM, Cases.NOW));
        assertThrows(RequestNotOpen.class, () -> request.answer(Cases.decline(), enquiry.currentConsent(), null, Cases.RAY,
                Cases.NOW));
    }

    @Test
    @DisplayName("R16 a request is addressed to its own agency's responders only")
    void addressedToItsAgency() {
        InformationRequest request = Cases.sent(enquiry, Cases.askPolice());

        assertTrue(request.isAddressedTo(Cases.RAY));
        assertFalse(request.isAddressedTo(Cases.KIM));
    }
}
