package uk.imap.consent;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * One consent decision about an enquiry (R2), with exactly the fields its kind needs. Never changed once
 * recorded: a later decision supersedes it and both stay in the history (R6).
 */
@Entity
@Table(name = "consent_decision")
public class ConsentDecision {

    @Id
    @SequenceGenerator(name = "consent_decision_id", sequenceName = "consent_decision_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_decision_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConsentKind kind;

    @Column(name = "given_by", length = ConsentDetails.NAME_LENGTH)
    private String givenBy;

    @Column(name = "informed_why")
    private Boolean informedWhy;

    @Column(name = "informed_what")
    private Boolean informedWhat;

    @Column(name = "informed_how")
    private Boolean informedHow;

    @Column(name = "informed_with_whom")
    private Boolean informedWithWhom;

    @Column(length = ConsentDetails.TEXT_LENGTH)
    private String statement;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_decision_ground", joinColumns = @JoinColumn(name = "consent_decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 64)
    private Set<ConsentGround> grounds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_decision_factor", joinColumns = @JoinColumn(name = "consent_decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "factor", nullable = false, length = 64)
    private Set<ConsentFactor> factors = new HashSet<>();

    @Column(length = ConsentDetails.TEXT_LENGTH)
    private String justification;

    @Column(length = ConsentDetails.NAME_LENGTH)
    private String service;

    @Column(name = "agreed_by", length = ConsentDetails.NAME_LENGTH)
    private String agreedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Capacity capacity;

    @Column(name = "capacity_notes", length = ConsentDetails.TEXT_LENGTH)
    private String capacityNotes;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    @Column(name = "supersedes")
    private Long supersedes;

    protected ConsentDecision() {
    }

    /**
     * A decision as recorded by {@code decidedBy} at {@code at}, superseding {@code previous} (R6).
     *
     * @param previous the decision this one replaces, or null for the first
     * @throws InvalidInput naming every field the decision's kind needs and lacks (R2, R3, R5, R8, R9)
     */
    public static ConsentDecision of(ConsentDetails details, String decidedBy, OffsetDateTime at,
                                     ConsentDecision previous) {
        List<FieldProblem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ConsentDecision decision = new ConsentDecision();
        decision.kind = details.kind();
        switch (details.kind()) {
            case GRANTED -> {
                decision.givenBy = details.givenBy().strip();
                decision.informedWhy = true;
                decision.informedWhat = true;
                decision.informedHow = true;
                decision.informedWithWhom = true;
            }
            case REFUSED -> {
                decision.givenBy = details.givenBy().strip();
                decision.statement = details.statement().strip();
            }
            case NOT_SOUGHT -> {
                decision.grounds.addAll(details.grounds());
                decision.factors.addAll(details.factors());
            }
            case IMPLIED_BY_SERVICE -> {
                decision.service = details.service().strip();
                decision.agreedBy = details.agreedBy().strip();
            }
        }
        decision.justification = blankToNull(details.justification());
        decision.capacity = details.capacity();
        decision.capacityNotes = blankToNull(details.capacityNotes());
        decision.decidedBy = decidedBy;
        decision.decidedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        decision.supersedes = previous == null ? null : previous.id;
        return decision;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public ConsentKind kind() {
        return kind;
    }

    public String givenBy() {
        return givenBy;
    }

    /** GRANTED only: whether the person was told why, what, how and with whom; null for other kinds. */
    public Boolean informed() {
        return informedWhy == null ? null : informedWhy && informedWhat && informedHow && informedWithWhom;
    }

    public String statement() {
        return statement;
    }

    public Set<ConsentGround> grounds() {
        return grounds.isEmpty() ? Set.of() : EnumSet.copyOf(grounds);
    }

    public Set<ConsentFactor> factors() {
        return factors.isEmpty() ? Set.of() : EnumSet.copyOf(factors);
    }

    public String justification() {
        return justification;
    }

    public String service() {
        return service;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public Capacity capacity() {
        return capacity;
    }

    public String capacityNotes() {
        return capacityNotes;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public Long supersedes() {
        return supersedes;
    }
}
