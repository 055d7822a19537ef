package uk.imap.casefile;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import uk.imap.consent.ConsentView;
import uk.imap.enquiry.Custody;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Outcome;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Referrer;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.sharing.InformationRequest;
import uk.imap.sharing.RequestView;

/**
 * An enquiry as the API and the pages show it (API.md "Enquiry"), read while the transaction is open so
 * nothing lazy leaks past the boundary.
 *
 * @param reviewFlag                     R6: consent is not sought and the enquiry is not closed
 * @param sharingPermittedWithoutOverride R4, R7: agencies may share on the current consent decision without an
 *                                        approved override; the threshold view plays no part
 * @param receivedAt                     R30: when the concern reached the hub, which starts the clock
 * @param receivedAtReason               why the time of receipt is earlier than the record, where it is
 * @param decisionDueAt                  R30: when the hub decision is due, counted from receipt by priority
 * @param overdue                        R15: the hub decision is past due
 * @param requestsOutstanding            information requests still out
 * @param requestsOverdue                R15: of those, how many are past their due time
 * @param requests                       every request with its answers, where the view is of one enquiry; null on
 *                                       worklists
 * @param assignees                      practitioners working on the enquiry beside its owner (R16)
 */
public record EnquiryView(String reference, EnquiryStatus status, long version, Source source, ReferrerView referrer,
                          String summary, List<String> concernCategories, Threshold threshold, Priority priority,
                          String owner, String team, List<SubjectView> subjects, ConsentView consent,
                          boolean reviewFlag, boolean sharingPermittedWithoutOverride, OffsetDateTime receivedAt,
                          String receivedAtReason, OffsetDateTime openedAt, OffsetDateTime decisionDueAt,
                          boolean overdue,
                          Outcome outcome, String outcomeReasons, OffsetDateTime createdAt, String lastChangedBy,
                          OffsetDateTime lastChangedAt, int requestsOutstanding, long requestsOverdue,
                          List<RequestView> requests, List<String> assignees) implements Serializable, Custody {

    // JSON-B (Yasson) holds each object it writes in a hash set while writing it, to catch cycles, so a record's own
    // hashCode, over every part and everything nested in it, was computed again at every level of every response:
    // 10-15 % of a worklist's call. Views equal by every part have the same reference and version, so this agrees
    // with equals.
    @Override
    public int hashCode() {
        return Objects.hash(reference, version);
    }

    public record ReferrerView(String name, String organisation, String contact) implements Serializable {

        // Not over every part: see EnquiryView#hashCode. Agrees with equals.
        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    public record SubjectView(Long id, SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth,
                              Integer approximateAge, String address, Relationship relationship,
                              Long linkedSubjectId) implements Serializable {

        // Not over every part: see EnquiryView#hashCode. Agrees with equals.
        @Override
        public int hashCode() {
            return Objects.hash(id, kind);
        }
    }

    public static EnquiryView of(Enquiry enquiry, OffsetDateTime now) {
        return of(enquiry, now, 0, null);
    }

    /** The enquiry with what is known of its requests: how many are overdue, and each with its answers. */
    public static EnquiryView of(Enquiry enquiry, OffsetDateTime now, long requestsOverdue,
                                 List<RequestView> requests) {
        Referrer referrer = enquiry.referrer();
        return new EnquiryView(enquiry.reference().value(), enquiry.status(), enquiry.version(), enquiry.source(),
                referrer == null ? null
                        : new ReferrerView(referrer.name(), referrer.organisation(), referrer.contact()),
                enquiry.summary(), List.copyOf(enquiry.concernCategories()), enquiry.threshold(), enquiry.priority(),
                enquiry.owner(), enquiry.team(),
                enquiry.subjects().stream().map(s -> new SubjectView(s.id(), s.kind(), s.givenName(), s.familyName(),
                        s.dateOfBirth(), s.approximateAge(), s.address(), s.relationship(), s.linkedSubjectId()))
                        .toList(),
                ConsentView.of(enquiry.currentConsent()), enquiry.needsConsentReview(),
                enquiry.permitsSharingWithoutOverride(), enquiry.receivedAt(), enquiry.receivedAtReason(),
                enquiry.openedAt(),
                enquiry.decisionDueAt(), enquiry.isDecisionOverdue(now), enquiry.outcome(), enquiry.outcomeReasons(),
                enquiry.createdAt(), enquiry.lastChangedBy(), enquiry.lastChangedAt(), enquiry.requestsOutstanding(),
                requestsOverdue, requests, enquiry.assignees().stream().sorted().toList());
    }

    /**
     * This view of one enquiry, read in full (every answer as those who see sensitive content see it), as it stands
     * for a viewer now: R15 judged again, and every answer cut for what this viewer may see (R13).
     */
    public EnquiryView asSeenBy(OffsetDateTime now, boolean seesGuardedContent) {
        List<RequestView> seen = requests.stream().map(r -> r.asSeenBy(now, seesGuardedContent)).toList();
        return new EnquiryView(reference, status, version, source, referrer, summary, concernCategories, threshold,
                priority, owner, team, subjects, consent, reviewFlag, sharingPermittedWithoutOverride, receivedAt,
                receivedAtReason, openedAt, decisionDueAt, Enquiry.isDecisionOverdue(status, decisionDueAt, now),
                outcome, outcomeReasons, createdAt, lastChangedBy, lastChangedAt, requestsOutstanding,
                seen.stream().filter(RequestView::overdue).count(), seen, assignees);
    }

    /**
     * This view of one enquiry, read in full, as a worklist shows it now: R15 judged again, its overdue requests
     * counted and not listed.
     */
    public EnquiryView onWorklist(OffsetDateTime now) {
        long overdueNow = requests.stream()
                .filter(r -> InformationRequest.isOverdue(r.status(), r.dueAt(), now)).count();
        return new EnquiryView(reference, status, version, source, referrer, summary, concernCategories, threshold,
                priority, owner, team, subjects, consent, reviewFlag, sharingPermittedWithoutOverride, receivedAt,
                receivedAtReason, openedAt, decisionDueAt, Enquiry.isDecisionOverdue(status, decisionDueAt, now),
                outcome, outcomeReasons, createdAt, lastChangedBy, lastChangedAt, requestsOutstanding, overdueNow,
                null, assignees);
    }

    /** The child the concern is about, for worklists: the first child subject, or the first subject. */
    public SubjectView child() {
        return subjects.stream().filter(s -> s.kind() == SubjectKind.CHILD).findFirst()
                .orElse(subjects.isEmpty() ? null : subjects.get(0));
    }
}
