package uk.imap.sharing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.imap.access.StaffMember;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentOverride;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Priority;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * One deliberate request to one partner agency about an enquiry (R10), due by a time set from the enquiry's RAG
 * priority (R15). It is answered by disclosures (R11): the first answers it, later ones correct it and supersede the
 * one before. A request still out can be withdrawn with a reason; nothing about it is ever deleted.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    @SequenceGenerator(name = "information_request_id", sequenceName = "information_request_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "information_request_id")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enquiry_id", nullable = false)
    private Enquiry enquiry;

    @Column(nullable = false, length = 64)
    private String agency;

    @Column(nullable = false, length = RequestDetails.TEXT_LENGTH)
    private String purpose;

    @Column(nullable = false, length = RequestDetails.TEXT_LENGTH)
    private String necessity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_request_gateway", joinColumns = @JoinColumn(name = "information_request_id"))
    @Column(name = "code", nullable = false, length = 64)
    @OrderColumn(name = "position")
    private List<String> legalGateways = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_request_category",
            joinColumns = @JoinColumn(name = "information_request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 64)
    @OrderColumn(name = "position")
    private List<InformationCategory> categories = new ArrayList<>();

    @Column(name = "help_if_provided", nullable = false, length = RequestDetails.TEXT_LENGTH)
    private String helpIfProvided;

    @Column(name = "hindrance_if_withheld", nullable = false, length = RequestDetails.TEXT_LENGTH)
    private String hindranceIfWithheld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason", length = RequestDetails.TEXT_LENGTH)
    private String withdrawalReason;

    // R15: the agency's mailbox is told once that the request is overdue.
    @Column(name = "overdue_notified_at")
    private OffsetDateTime overdueNotifiedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("answeredAt, id")
    private List<Disclosure> disclosures = new ArrayList<>();

    protected InformationRequest() {
    }

    /**
     * Sends the hub's requests about an enquiry: one to each agency, each with a reason of its own (R10), due by the
     * response time of the enquiry's priority (R15). The enquiry then awaits information.
     *
     * @throws InvalidInput naming every problem in every request; nothing is sent then (R22)
     */
    public static List<InformationRequest> send(Enquiry enquiry, List<RequestDetails> batch, Set<String> knownAgencies,
                                                Set<String> knownGateways, ResponseTimes times, StaffMember by,
                                                OffsetDateTime at) {
        List<FieldProblem> problems = new ArrayList<>(RequestDetails.batchProblems(batch));
        for (int i = 0; i < batch.size(); i++) {
            problems.addAll(batch.get(i).problems(batch.size() == 1 ? "" : "requests[" + i + "].", knownAgencies,
                    knownGateways));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        enquiry.requestsSent(batch.size(), by, at);
        OffsetDateTime sentAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        List<InformationRequest> sent = new ArrayList<>();
        for (RequestDetails details : batch) {
            InformationRequest request = new InformationRequest();
            request.enquiry = enquiry;
            request.agency = details.agency();
            request.purpose = details.purpose().strip();
            request.necessity = details.necessity().strip();
            request.legalGateways.addAll(details.legalGateways().stream().distinct().toList());
            request.categories.addAll(details.categories().stream().distinct().toList());
            request.helpIfProvided = details.helpIfProvided().strip();
            request.hindranceIfWithheld = details.hindranceIfWithheld().strip();
            request.priority = enquiry.priority();
            request.status = RequestStatus.SENT;
            request.sentBy = by.username();
            request.sentAt = sentAt;
            request.dueAt = times.dueAfter(enquiry.priority(), sentAt);
            sent.add(request);
        }
        return sent;
    }

    /**
     * Withdraws a request still out, with the reason; when it was the last one out, the enquiry moves on to its
     * decision.
     */
    public void withdraw(String reason, StaffMember by, OffsetDateTime at) {
        requireStatus(RequestStatus.SENT, "Only a request still out can be withdrawn");
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(reason, RequestDetails.TEXT_LENGTH, "reason", "Say why the request is withdrawn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        status = RequestStatus.WITHDRAWN;
        withdrawnBy = by.username();
        withdrawnAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        withdrawalReason = reason.strip();
        enquiry.requestSettled(by, at);
    }

    /**
     * Records the agency's answer (R11–R14). The first answer settles the request; a later one must say which answer
     * it corrects and why, and supersedes it (a disclosure once sent is never edited).
     *
     * @param consent  the enquiry's consent decision in force, which a share must rely on (R4)
     * @param override the override the answer names, or null; a share despite a refusal needs it approved (R4)
     */
    public Disclosure answer(DisclosureDetails details, ConsentDecision consent, ConsentOverride override,
                             StaffMember by, OffsetDateTime at) {
        if (status == RequestStatus.WITHDRAWN) {
            throw new RequestNotOpen("This request was withdrawn by the hub: there is nothing to answer");
        }
        Disclosure current = currentDisclosure();
        if (current == null && details.supersedes() != null) {
            throw new InvalidInput("supersedes", "There is no earlier answer to correct");
        }
        if (current != null && (details.supersedes() == null || !details.supersedes().equals(current.id()))) {
            throw new InvalidInput("supersedes", "This request is already answered: a correction must name the"
                    + " current answer (" + current.id() + ") and say why it is corrected");
        }
        List<FieldProblem> problems = details.problems(EnumSet.copyOf(categories));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Disclosure disclosure = Disclosure.of(this, details, consent, override, by.username(), at);
        disclosures.add(disclosure);
        if (status == RequestStatus.SENT) {
            status = RequestStatus.ANSWERED;
            answeredAt = at.withOffsetSameInstant(ZoneOffset.UTC);
            enquiry.requestSettled(by, at);
        } else {
            enquiry.answerCorrected(by, at);
        }
        return disclosure;
    }

    /** R15: still out after its due time. */
    public boolean isOverdue(OffsetDateTime now) {
        return isOverdue(status, dueAt, now);
    }

    /** R15 for a request as it was read earlier: a stored view judged again at the time it is shown. */
    public static boolean isOverdue(RequestStatus status, OffsetDateTime dueAt, OffsetDateTime now) {
        return status == RequestStatus.SENT && now.isAfter(dueAt);
    }

    /** R15: overdue, and the agency's mailbox not yet told. */
    public boolean needsOverdueNotice(OffsetDateTime now) {
        return isOverdue(now) && overdueNotifiedAt == null;
    }

    public void overdueNoticeSent(OffsetDateTime at) {
        overdueNotifiedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** R16: an agency responder answers only what was asked of its own agency. */
    public boolean isAddressedTo(StaffMember member) {
        return agency.equals(member.agency());
    }

    private void requireStatus(RequestStatus expected, String message) {
        if (status != expected) {
            throw new RequestNotOpen(message);
        }
    }

    /** The answer in force: the newest disclosure, or null before any. */
    public Disclosure currentDisclosure() {
        return disclosures.isEmpty() ? null : disclosures.get(disclosures.size() - 1);
    }

    /** Every answer, oldest first: corrections after what they supersede. */
    public List<Disclosure> disclosures() {
        return Collections.unmodifiableList(disclosures);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Enquiry enquiry() {
        return enquiry;
    }

    public String agency() {
        return agency;
    }

    public String purpose() {
        return purpose;
    }

    public String necessity() {
        return necessity;
    }

    public List<String> legalGateways() {
        return Collections.unmodifiableList(legalGateways);
    }

    public List<InformationCategory> categories() {
        return Collections.unmodifiableList(categories);
    }

    public String helpIfProvided() {
        return helpIfProvided;
    }

    public String hindranceIfWithheld() {
        return hindranceIfWithheld;
    }

    public Priority priority() {
        return priority;
    }

    public RequestStatus status() {
        return status;
    }

    public String sentBy() {
        return sentBy;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
