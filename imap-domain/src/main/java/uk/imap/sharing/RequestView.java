package uk.imap.sharing;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import uk.imap.enquiry.Priority;

/**
 * An information request as the hub sees it (API.md "Information request"), with every answer, oldest first.
 *
 * @param overdue R15: still out after its due time
 */
public record RequestView(Long id, String enquiryReference, String agency, String purpose, String necessity,
                          List<String> legalGateways, List<InformationCategory> categories, String helpIfProvided,
                          String hindranceIfWithheld, Priority priority, RequestStatus status, String sentBy,
                          OffsetDateTime sentAt, OffsetDateTime dueAt, boolean overdue, OffsetDateTime answeredAt,
                          String withdrawnBy, OffsetDateTime withdrawnAt, String withdrawalReason,
                          List<DisclosureView> disclosures) implements Serializable {

    // Not over every part: see EnquiryView#hashCode. Agrees with equals.
    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    /** The request with its answers as the hub sees them (R13: see {@link DisclosureView#forHub}). */
    public static RequestView of(InformationRequest request, OffsetDateTime now, boolean seesGuardedContent) {
        return new RequestView(request.id(), request.enquiry().reference().value(), request.agency(),
                request.purpose(), request.necessity(), List.copyOf(request.legalGateways()),
                List.copyOf(request.categories()), request.helpIfProvided(), request.hindranceIfWithheld(),
                request.priority(), request.status(), request.sentBy(), request.sentAt(), request.dueAt(),
                request.isOverdue(now), request.answeredAt(), request.withdrawnBy(), request.withdrawnAt(),
                request.withdrawalReason(), request.disclosures().stream()
                .map(d -> DisclosureView.forHub(d, seesGuardedContent)).toList());
    }

    /**
     * This request as the hub saw it in full when it was read (see {@link #of}), as it stands for a viewer now: R15
     * judged again, and each answer cut for what this viewer may see (R13).
     */
    public RequestView asSeenBy(OffsetDateTime now, boolean seesGuardedContent) {
        return new RequestView(id, enquiryReference, agency, purpose, necessity, legalGateways, categories,
                helpIfProvided, hindranceIfWithheld, priority, status, sentBy, sentAt, dueAt,
                InformationRequest.isOverdue(status, dueAt, now), answeredAt, withdrawnBy, withdrawnAt,
                withdrawalReason, disclosures.stream().map(d -> d.asSeenBy(seesGuardedContent)).toList());
    }

    /** The answer in force, or null while none has come. */
    public DisclosureView currentDisclosure() {
        return disclosures.isEmpty() ? null : disclosures.get(disclosures.size() - 1);
    }
}
