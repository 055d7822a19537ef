package uk.imap.casefile.control;

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
import uk.imap.casefile.EnquiryView;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.control.CheckedEnquiries;
import uk.imap.enquiry.control.KnownEnquiries;
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

    @Inject
    CheckedEnquiries checked;

    private final Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public Opened open(String reference) {
        Enquiry enquiry = known.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.ENQUIRY_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return opened(enquiry);
    }

    /**
     * The enquiry as a command in this transaction has just left it, for the page that made the change. The
     * command's own need-to-know check and audit event stand for the whole page action, so neither is repeated.
     *
     * @throws IllegalStateException when nothing in this transaction checked the caller's need to know for it
     */
    @Transactional(TxType.MANDATORY)
    public Opened afterChange(String reference) {
        Enquiry enquiry = checked.find(EnquiryReference.parse(reference).value()).orElseThrow(
                () -> new IllegalStateException("No command checked need to know for " + reference));
        return opened(enquiry);
    }

    private Opened opened(Enquiry enquiry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RequestView> requests = answers.withinEnquiry(enquiry, now);
        return new Opened(enquiry,
                EnquiryView.of(enquiry, now, requests.stream().filter(RequestView::overdue).count(), requests));
    }
}
