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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import uk.imap.access.StaffMember;
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
public class Enquiry {

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "enquiry_id", nullable = false)
    @OrderBy("id")
    private List<Subject> subjects = new ArrayList<>();

    protected Enquiry() {
    }

    /**
     * Drafts an enquiry owned by the practitioner who took it, in the owner's hub team.
     *
     * @param reference gives the new enquiry's reference; asked only once the intake is complete, so a refused
     *                  intake uses up no number
     * @throws InvalidInput listing every problem with the intake; nothing is created then (R22)
     */
    public static Enquiry draft(Supplier<EnquiryReference> reference, Intake intake, StaffMember owner, OffsetDateTime at,
                                Set<String> knownConcernCategories) {
        List<FieldProblem> problems = intake.problems(at.toLocalDate(), knownConcernCategories);
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
        return enquiry;
    }

    private static Referrer trimmed(Referrer referrer) {
        return new Referrer(Text.trimmed(referrer.name()), Text.trimmed(referrer.organisation()),
                Text.trimmed(referrer.contact()));
    }

    /** Whether the owner of this enquiry is this person. */
    public boolean isOwnedBy(StaffMember member) {
        return owner.equals(member.username());
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

    public String owner() {
        return owner;
    }

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
}
