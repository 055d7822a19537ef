package uk.imap.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import uk.imap.consent.ConsentKind;
import uk.imap.document.DocumentView;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.SubjectKind;

/**
 * A request as the agency asked sees it (R16): what is asked and why, the minimum about the people asked about, the
 * consent decision in force (kind and date, so the answer can rely on it) and the agency's own answers. Never the
 * enquiry's summary, its referrer or other agencies' answers.
 *
 * @param consentKind       the consent decision in force now; REFUSED means a share needs an approved override (R4)
 * @param approvedOverrides the approved overrides of that refusal a share may name (R4); empty otherwise
 */
public record AskedRequestView(Long id, String enquiryReference, String agency, String purpose, String necessity,
                               List<String> legalGateways, List<InformationCategory> categories,
                               String helpIfProvided, String hindranceIfWithheld, Priority priority,
                               RequestStatus status, OffsetDateTime sentAt, OffsetDateTime dueAt, boolean overdue,
                               List<PersonAskedAbout> subjects, ConsentKind consentKind,
                               OffsetDateTime consentDecidedAt, List<Long> approvedOverrides,
                               List<DisclosureView> disclosures, List<DocumentView> documents)
        implements Serializable {

    // Not over every part: see EnquiryView#hashCode. Agrees with equals.
    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    /** The minimum needed to find a person in the agency's own records. */
    public record PersonAskedAbout(SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth,
                                   Integer approximateAge, String address, Relationship relationship)
            implements Serializable {
    }

    public static AskedRequestView of(InformationRequest request, OffsetDateTime now) {
        return of(request, now, List.of(), List.of());
    }

    /** @param documents the files the agency attached to its answers (R31) */
    public static AskedRequestView of(InformationRequest request, OffsetDateTime now, List<Long> approvedOverrides,
                                      List<DocumentView> documents) {
        Enquiry enquiry = request.enquiry();
        var consent = enquiry.currentConsent();
        return new AskedRequestView(request.id(), enquiry.reference().value(), request.agency(), request.purpose(),
                request.necessity(), List.copyOf(request.legalGateways()), List.copyOf(request.categories()),
                request.helpIfProvided(), request.hindranceIfWithheld(), request.priority(), request.status(),
                request.sentAt(), request.dueAt(), request.isOverdue(now),
                enquiry.subjects().stream().map(s -> new PersonAskedAbout(s.kind(), s.givenName(), s.familyName(),
                        s.dateOfBirth(), s.approximateAge(), s.address(), s.relationship())).toList(),
                consent == null ? null : consent.kind(), consent == null ? null : consent.decidedAt(),
                List.copyOf(approvedOverrides), request.disclosures().stream().map(DisclosureView::of).toList(),
                List.copyOf(documents));
    }

    /**
     * This view as it stands now: R15 judged again. Everything else it shows changes only with its enquiry's
     * version.
     */
    public AskedRequestView at(OffsetDateTime now) {
        boolean overdueNow = InformationRequest.isOverdue(status, dueAt, now);
        return overdueNow == overdue ? this : new AskedRequestView(id, enquiryReference, agency, purpose, necessity,
                legalGateways, categories, helpIfProvided, hindranceIfWithheld, priority, status, sentAt, dueAt,
                overdueNow, subjects, consentKind, consentDecidedAt, approvedOverrides, disclosures, documents);
    }

    /** The answer in force, or null while none has come. */
    public DisclosureView currentDisclosure() {
        return disclosures.isEmpty() ? null : disclosures.get(disclosures.size() - 1);
    }
}
