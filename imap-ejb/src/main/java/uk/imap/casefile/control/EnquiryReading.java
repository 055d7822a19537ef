package uk.imap.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.EnquiryView;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.CheckedEnquiries;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.sharing.RequestView;
import uk.imap.sharing.control.EnquiryAnswers;
import uk.imap.sharing.control.GuardedItems;

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

    @Inject
    KeptViews keptViews;

    @Inject
    SignedIn signedIn;

    @Inject
    GuardedItems guardedItems;

    private final Clock clock = Clock.systemUTC();

    /**
     * The enquiry as this caller sees it now: cut from its kept view ({@link KeptViews}) when the enquiry has not
     * changed since that was kept, else read in full and kept for the next read.
     */
    @Transactional(TxType.MANDATORY)
    public Opened open(String reference) {
        Enquiry enquiry = known.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.ENQUIRY_READ, RecordType.ENQUIRY, enquiry.reference().value());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean seesGuarded = NeedToKnow.of(signedIn.member()).seesGuardedContent(enquiry);
        Optional<EnquiryView> kept = keptViews.of(enquiry);
        EnquiryView view = kept.orElseGet(() -> keptViews.keep(enquiry, inFull(enquiry, now)))
                .asSeenBy(now, seesGuarded);
        if (kept.isPresent() && KeptViews.COMPARED) {
            requireSameAsRead(enquiry, view, now, seesGuarded);
        }
        view.requests().forEach(request -> request.disclosures().forEach(guardedItems::viewed));
        return new Opened(enquiry, view);
    }

    /**
     * The enquiry as this caller sees it now, for readers that show nothing more of it (the API). Within need to know
     * by the view kept at its present version, which holds who the enquiry was in the hands of at that version
     * ({@link uk.imap.enquiry.Custody}), the enquiry itself is not loaded; else, or for anyone that view does not
     * let see it (emergency access, refusals), it is opened as above.
     */
    @Transactional(TxType.MANDATORY)
    public EnquiryView seen(String reference) {
        EnquiryReference parsed = EnquiryReference.parse(reference);
        NeedToKnow needToKnow = NeedToKnow.of(signedIn.member());
        Optional<EnquiryView> kept = keptViews.of(parsed);
        if (kept.isEmpty() || !needToKnow.permits(kept.get())) {
            return open(reference).view();
        }
        auditTrail.record(AuditAction.ENQUIRY_READ, RecordType.ENQUIRY, parsed.value());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean seesGuarded = needToKnow.seesGuardedContent(kept.get());
        EnquiryView view = kept.get().asSeenBy(now, seesGuarded);
        if (KeptViews.COMPARED) {
            Enquiry enquiry = known.load(reference);
            if (!needToKnow.permits(enquiry) || needToKnow.seesGuardedContent(enquiry) != seesGuarded) {
                throw new IllegalStateException("The kept view of " + parsed.value()
                        + " judges need to know otherwise");
            }
            requireSameAsRead(enquiry, view, now, seesGuarded);
        }
        view.requests().forEach(request -> request.disclosures().forEach(guardedItems::viewed));
        return view;
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
        return new Opened(enquiry, view(enquiry, now, answers.withinEnquiry(enquiry, now)));
    }

    private EnquiryView inFull(Enquiry enquiry, OffsetDateTime now) {
        return view(enquiry, now, answers.asSeenBy(enquiry, now, true));
    }

    private static EnquiryView view(Enquiry enquiry, OffsetDateTime now, List<RequestView> requests) {
        return EnquiryView.of(enquiry, now, requests.stream().filter(RequestView::overdue).count(), requests);
    }

    // With this set, as in the integration tests, each read of a kept view also reads the enquiry as before.
    private void requireSameAsRead(Enquiry enquiry, EnquiryView kept, OffsetDateTime now, boolean seesGuarded) {
        KeptViews.requireSame(kept, view(enquiry, now, answers.asSeenBy(enquiry, now, seesGuarded)));
    }
}
