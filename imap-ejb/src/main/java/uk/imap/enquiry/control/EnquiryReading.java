package uk.imap.enquiry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryView;
import uk.imap.sharing.RequestView;
import uk.imap.sharing.control.EnquiryAnswers;

/**
 * Opening one enquiry, the one way every read of it goes: one need-to-know check (a refusal is audited, R16), one
 * ENQUIRY_READ event (R18), and the enquiry with its requests and answers as this caller may see them (R13).
 */
@ApplicationScoped
public class EnquiryReading {

    /** The enquiry as stored, for readers that show more of it, and as the caller sees it. */
    public record Opened(Enquiry enquiry, EnquiryView view) {
    }

    @Inject
    KnownEnquiries known;

    @Inject
    AuditTrail auditTrail;

    @Inject
    EnquiryAnswers answers;

    private final Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public Opened open(String reference) {
        Enquiry enquiry = known.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.ENQUIRY_READ, RecordType.ENQUIRY, enquiry.reference().value());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RequestView> requests = answers.withinEnquiry(enquiry, now);
        return new Opened(enquiry,
                EnquiryView.of(enquiry, now, requests.stream().filter(RequestView::overdue).count(), requests));
    }
}
