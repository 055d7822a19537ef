package uk.imap.enquiry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import uk.imap.access.StaffMember;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentDetails;
import uk.imap.shared.Text;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * A concern raised with the hub about one or more children or young people: the aggregate root.
 *
 * <p>Life cycle: an enquiry is drafted at the front door in {@link EnquiryStatus#DRAFT} with its subjects,
 * summary, threshold view and RAG priority; it may leave DRAFT only once a consent decision is recorded (R1),
 * becomes {@code OPEN}, is {@code AWAITING_INFORMATION} while partner agencies are asked, reaches
 * {@code DECISION} when every answer is in, and is {@code CLOSED} with an outcome and its reasons. Nothing
 * on a case record is deleted: later facts are added beside earlier ones.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry implements Custody {

    @Id
    @SequenceGenerator(name = "enquiry_id", sequenceName = "enquiry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_id")
    private Long id;

    @Embedded
    private EnquiryReference reference;

    // R21: every save states the version it read; a stale one is a conflict, never an overwrite.
    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EnquiryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Embedded
    private Referrer referrer;

    @Column(nullable = false, length = Intake.SUMMARY_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Threshold threshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(length = 100)
    private String team;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "enquiry_concern_category", joinColumns = @JoinColumn(name = "enquiry_id"))
    @Column(name = "code", nullable = false, length = 64)
    @OrderColumn(name = "position")
    private List<String> concernCategories = new ArrayList<>();

    // Practitioners working on the enquiry beside its owner (R16); a manager assigns them.
    @ElementCollection
    @CollectionTable(name = "enquiry_assignee", joinColumns = @JoinColumn(name = "enquiry_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> assignees = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "enquiry_id", nullable = false)
    @OrderBy("id")
    private List<Subject> subjects = new ArrayList<>();

    // R29: appended, never changed; the chronology's handovers.
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "enquiry_id", nullable = false)
    @OrderBy("changedAt, id")
    private List<AssignmentChange> assignmentChanges = new ArrayList<>();

    // R6: appended, never replaced; the newest is current.
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "enquiry_id", nullable = false)
    @OrderBy("decidedAt, id")
    private List<ConsentDecision> consentDecisions = new ArrayList<>();

    // R30: the clock for the hub decision starts here.
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_at_reason", length = Receipt.REASON_LENGTH)
    private String receivedAtReason;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "decision_due_at")
    private OffsetDateTime decisionDueAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Outcome outcome;

    @Column(name = "outcome_reasons", length = Intake.SUMMARY_LENGTH)
    private String outcomeReasons;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    // How many information requests are still out: the enquiry waits for them before its decision.
    @Column(name = "requests_outstanding", nullable = false)
    private int requestsOutstanding;

    @Column(name = "last_changed_by", nullable = false, length = 100)
    private String lastChangedBy;

    // R33: set once, when the enquiry's personal content is erased under the retention schedule.
    @Embedded
    private Disposal disposal;

    @Column(name = "last_changed_at", nullable = false)
    private OffsetDateTime lastChangedAt;

    protected Enquiry() {
    }

    /**
     * Drafts an enquiry owned by the practitioner who took it, in the owner's hub team.
     *
     * @param reference gives the new enquiry's reference; asked only once the intake is complete, so a refused
     *                  intake uses up no number
     * @throws InvalidInput listing every problem with the intake; nothing is created then (R22)
     */
    public static Enquiry draft(Supplier<EnquiryReference> reference, Intake intake, StaffMember owner,
                                OffsetDateTime at, Set<String> knownConcernCategories, DecisionClock clock) {
        List<FieldProblem> problems = intake.problems(at, knownConcernCategories);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Enquiry enquiry = new Enquiry();
        enquiry.reference = reference.get();
        enquiry.status = EnquiryStatus.DRAFT;
        enquiry.source = intake.source();
        enquiry.referrer = intake.source().hasReferrer() ? trimmed(intake.referrer()) : null;
        enquiry.summary = intake.summary().strip();
        enquiry.threshold = intake.threshold();
        enquiry.priority = intake.priority();
        enquiry.owner = owner.username();
        enquiry.team = owner.team();
        enquiry.createdAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        enquiry.concernCategories.addAll(intake.concernCategories().stream().distinct().toList());
        intake.subjects().forEach(details -> enquiry.subjects.add(new Subject(details)));
        enquiry.received(intake.receipt(), at, clock);
        enquiry.touched(owner, at);
        return enquiry;
    }

    /**
     * R21: refuses a change made from a stale copy, naming who changed the enquiry since and when.
     *
     * @param versionRead the version the person's copy was read at
     */
    public void expectVersion(long versionRead) {
        if (versionRead != version) {
            throw new EditConflict(lastChangedBy, lastChangedAt);
        }
    }

    /**
     * Replaces what intake recorded with a corrected account. People can be added or removed only while the
     * enquiry is a draft; afterwards the subjects must stay as they are.
     *
     * @throws InvalidInput listing every problem; nothing changes then (R22)
     */
    public void revise(Intake intake, StaffMember by, OffsetDateTime at, Set<String> knownConcernCategories,
                       DecisionClock clock) {
        requireNotClosed();
        Receipt typed = intake.receipt();
        boolean receiptKept = typed.receivedAt() == null || sameMinute(typed.receivedAt(), receivedAt);
        // The form sends back the time it showed; only a changed time of receipt is checked again.
        Intake checked = receiptKept ? intake.withReceipt(Receipt.now()) : intake;
        List<FieldProblem> problems = new ArrayList<>(checked.problems(at, knownConcernCategories));
        if (status != EnquiryStatus.DRAFT && intake.subjects().size() != subjects.size()) {
            problems.add(new FieldProblem("subjects", "People can be added or removed only while the enquiry is a draft"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        source = intake.source();
        referrer = intake.source().hasReferrer() ? trimmed(intake.referrer()) : null;
        summary = intake.summary().strip();
        threshold = intake.threshold();
        priority = intake.priority();
        concernCategories.clear();
        concernCategories.addAll(intake.concernCategories().stream().distinct().toList());
        if (status == EnquiryStatus.DRAFT) {
            subjects.clear();
            intake.subjects().forEach(details -> subjects.add(new Subject(details)));
        }
        // A corrected time of receipt or priority moves the decision due.
        received(receiptKept ? new Receipt(receivedAt, typed.reason() == null ? receivedAtReason : typed.reason())
                : typed, at, clock);
        touched(by, at);
    }

    private static boolean sameMinute(OffsetDateTime one, OffsetDateTime other) {
        return one.truncatedTo(ChronoUnit.MINUTES).isEqual(other.truncatedTo(ChronoUnit.MINUTES));
    }

    private void received(Receipt receipt, OffsetDateTime at, DecisionClock clock) {
        // To the second: what a person can say of when a referral arrived, and what every database keeps alike.
        receivedAt = receipt.at(at).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        receivedAtReason = Text.trimmed(receipt.reason());
        decisionDueAt = clock.dueAt(priority, receivedAt);
    }

    /**
     * Records a consent decision; it supersedes the current one, which stays in the history (R2–R9, R6).
     *
     * @throws InvalidInput when the decision lacks what its kind needs
     */
    public ConsentDecision record(ConsentDetails details, StaffMember by, OffsetDateTime at) {
        requireNotClosed();
        ConsentDecision decision = ConsentDecision.of(details, by.username(), at, currentConsent());
        consentDecisions.add(decision);
        touched(by, at);
        return decision;
    }

    /**
     * Moves the enquiry on in its life cycle. Opening needs a consent decision (R1); the hub decision was due from
     * receipt (R30) and stays so. Closing needs an outcome and its reasons.
     *
     * @param outcome and {@code reasons}: for closing only
     */
    public void moveTo(EnquiryStatus next, Outcome outcome, String reasons, StaffMember by, OffsetDateTime at) {
        moveTo(next, Closing.of(outcome, reasons), by, at);
    }

    /**
     * As {@link #moveTo(EnquiryStatus, Outcome, String, StaffMember, OffsetDateTime)}, with all a
     * close records: the outcome, its reasons, the threshold view at the close, and whether a strategy discussion is
     * recorded (R29).
     */
    public void moveTo(EnquiryStatus next, Closing closing, StaffMember by, OffsetDateTime at) {
        requireNotClosed();
        if (!status.canMoveTo(next)) {
            throw new TransitionNotAllowed(status, next);
        }
        switch (next) {
            case OPEN -> {
                // R1: a consent decision first.
                if (currentConsent() == null) {
                    throw new ConsentRequired();
                }
                openedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
            }
            case CLOSED -> close(closing, at);
            case DECISION -> {
                if (requestsOutstanding > 0) {
                    throw new RequestsOutstanding(requestsOutstanding);
                }
            }
            default -> {
                // AWAITING_INFORMATION and DECISION carry nothing more.
            }
        }
        status = next;
        touched(by, at);
    }

    /**
     * A manager of the enquiry's team hands it to another owner, or adds or removes a practitioner working on it,
     * always with a reason (R16). The owner is never also an assignee.
     *
     * @param change   what to do
     * @param username the practitioner concerned
     * @throws InvalidInput when no reason or person is given, or the change would change nothing
     */
    public void assign(Assignment change, String username, String reason, StaffMember by, OffsetDateTime at) {
        requireNotClosed();
        List<FieldProblem> problems = new ArrayList<>();
        if (change == null) {
            problems.add(new FieldProblem("change", "Choose whether to hand over, add or remove"));
        }
        Text.require(username, 100, "username", "Name the practitioner", problems);
        Text.require(reason, Intake.SUMMARY_LENGTH, "reason", "Give the reason for the change", problems);
        if (problems.isEmpty()) {
            String who = username.strip();
            switch (change) {
                case HAND_OVER -> {
                    if (who.equals(owner)) {
                        problems.add(new FieldProblem("username", who + " already owns this enquiry"));
                    } else {
                        assignees.remove(who);
                        owner = who;
                    }
                }
                case ADD -> {
                    if (who.equals(owner) || !assignees.add(who)) {
                        problems.add(new FieldProblem("username", who + " already works on this enquiry"));
                    }
                }
                case REMOVE -> {
                    if (!assignees.remove(who)) {
                        problems.add(new FieldProblem("username", who + " is not assigned to this enquiry"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        assignmentChanges.add(new AssignmentChange(change, username.strip(), reason.strip(), by.username(), at));
        touched(by, at);
    }

    /** Handovers and practitioners added or removed, oldest first. */
    public List<AssignmentChange.View> assignmentHistory() {
        return assignmentChanges.stream().map(AssignmentChange::view).toList();
    }

    @Override
    public Set<String> assignees() {
        return Collections.unmodifiableSet(assignees);
    }

    /**
     * Partner agencies have been asked for information (R10): the enquiry waits for their answers. Only an open
     * enquiry can ask: consent comes first (R1).
     */
    public void requestsSent(int count, StaffMember by, OffsetDateTime at) {
        requireNotClosed();
        if (status == EnquiryStatus.DRAFT) {
            throw new TransitionNotAllowed("Open the enquiry before asking agencies: a consent decision comes first");
        }
        requestsOutstanding += count;
        status = EnquiryStatus.AWAITING_INFORMATION;
        touched(by, at);
    }

    /** A request was answered or withdrawn; when none is left out, the hub's decision is next. */
    public void requestSettled(StaffMember by, OffsetDateTime at) {
        requestsOutstanding = Math.max(0, requestsOutstanding - 1);
        if (requestsOutstanding == 0 && status == EnquiryStatus.AWAITING_INFORMATION) {
            status = EnquiryStatus.DECISION;
        }
        touched(by, at);
    }

    /**
     * An agency corrected an answer (a later answer superseding it): nothing of the enquiry's own changed, but what
     * it shows did, so it counts as changed (a view of it read before is out of date, and says so by its version).
     */
    public void answerCorrected(StaffMember by, OffsetDateTime at) {
        touched(by, at);
    }

    private void close(Closing closing, OffsetDateTime at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (closing.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Choose the outcome"));
        } else if (closing.outcome().needsStrategyDiscussion() && !closing.strategyDiscussionRecorded()) {
            problems.add(new FieldProblem("outcome", "Record the strategy discussion first, under case notes: who took"
                    + " part, what was decided and the next steps"));
        }
        Text.require(closing.reasons(), Intake.SUMMARY_LENGTH, "reasons", "Give the reasons for the outcome",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        outcome = closing.outcome();
        outcomeReasons = closing.reasons().strip();
        if (closing.threshold() != null) {
            threshold = closing.threshold();
        }
        closedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * R33: erases what this row holds about people (the referrer, the summary, the reasons typed for its receipt and
     * outcome) and records the disposal. Its reference, dates, status, threshold, priority and outcome stay, so the
     * decision statistics (R25) still count it. The rows beside it are erased by the caller.
     */
    public void dispose(Disposal done, StaffMember by) {
        if (status != EnquiryStatus.CLOSED) {
            throw new InvalidInput("reference", "Only a closed enquiry can be disposed of");
        }
        requireNotDisposed();
        referrer = null;
        summary = "";
        receivedAtReason = null;
        outcomeReasons = null;
        disposal = done;
        touched(by, done.disposedAt());
    }

    /** Every read and change of a disposed enquiry ends here, saying when and under which entry it went. */
    public void requireNotDisposed() {
        if (isDisposed()) {
            throw new EnquiryDisposed(reference.value(), outcome, disposal);
        }
    }

    /** The disposal, or null while the enquiry is kept. */
    public Disposal disposal() {
        return isDisposed() ? disposal : null;
    }

    public boolean isDisposed() {
        return disposal != null && disposal.happened();
    }

    private void requireNotClosed() {
        if (status == EnquiryStatus.CLOSED) {
            throw new EnquiryClosed();
        }
    }

    private void touched(StaffMember by, OffsetDateTime at) {
        lastChangedBy = by.username();
        lastChangedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The decision in force: the newest recorded, or null before any. */
    public ConsentDecision currentConsent() {
        return consentDecisions.isEmpty() ? null : consentDecisions.get(consentDecisions.size() - 1);
    }

    /** Every consent decision, oldest first (R6). */
    public List<ConsentDecision> consentHistory() {
        return Collections.unmodifiableList(consentDecisions);
    }

    /**
     * Whether agencies may share on the current consent decision without a public-interest override (R4): only a
     * refusal needs one. R7: the threshold view plays no part, so a below-threshold enquiry whose consent is not
     * sought on an R3 ground may still be shared about.
     */
    public boolean permitsSharingWithoutOverride() {
        ConsentDecision current = currentConsent();
        return current != null && !current.kind().needsOverrideToShare();
    }

    /** R6: flagged while the enquiry is not closed and consent is currently not sought. */
    public boolean needsConsentReview() {
        ConsentDecision current = currentConsent();
        return status != EnquiryStatus.CLOSED && current != null && current.kind().needsReview();
    }

    /** R15, R30: the hub decision is overdue when work not yet decided, drafts too, passes its due time. */
    public boolean isDecisionOverdue(OffsetDateTime now) {
        return isDecisionOverdue(status, decisionDueAt, now);
    }

    /** R15 for an enquiry as it was read earlier: a stored view judged again at the time it is shown. */
    public static boolean isDecisionOverdue(EnquiryStatus status, OffsetDateTime decisionDueAt, OffsetDateTime now) {
        return status.awaitsDecision() && decisionDueAt != null && now.isAfter(decisionDueAt);
    }

    private static Referrer trimmed(Referrer referrer) {
        return new Referrer(Text.trimmed(referrer.name()), Text.trimmed(referrer.organisation()),
                Text.trimmed(referrer.contact()));
    }

    public Long id() {
        return id;
    }

    public EnquiryReference reference() {
        return reference;
    }

    public long version() {
        return version;
    }

    public EnquiryStatus status() {
        return status;
    }

    public Source source() {
        return source;
    }

    /** The referrer, or null for an anonymous enquiry. */
    public Referrer referrer() {
        return referrer;
    }

    public String summary() {
        return summary;
    }

    public Threshold threshold() {
        return threshold;
    }

    public Priority priority() {
        return priority;
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public String team() {
        return team;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<String> concernCategories() {
        return Collections.unmodifiableList(concernCategories);
    }

    public List<Subject> subjects() {
        return Collections.unmodifiableList(subjects);
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    /** R30: when the concern reached the hub. */
    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    /** Why the time of receipt is earlier than the record, where it is; otherwise null. */
    public String receivedAtReason() {
        return receivedAtReason;
    }

    public OffsetDateTime decisionDueAt() {
        return decisionDueAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeReasons() {
        return outcomeReasons;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public int requestsOutstanding() {
        return requestsOutstanding;
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public OffsetDateTime lastChangedAt() {
        return lastChangedAt;
    }
}
