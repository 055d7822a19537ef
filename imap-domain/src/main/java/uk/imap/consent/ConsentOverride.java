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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * R4: a recorded public-interest case for sharing although consent was refused. The enquiry's owner or manager asks;
 * a manager or the Caldicott Guardian other than the asker approves or rejects it with reasons (four eyes). Only an
 * approved override of the refusal still in force lets an agency share, and the refusal stays beside every answer
 * given under it.
 */
@Entity
@Table(name = "consent_override")
public class ConsentOverride {

    @Id
    @SequenceGenerator(name = "consent_override_id", sequenceName = "consent_override_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_override_id")
    private Long id;

    @Version
    private long version;

    @Column(name = "enquiry_id", nullable = false)
    private Long enquiryId;

    // The refusal this override answers; a later consent decision leaves it behind.
    @Column(name = "refusal_id", nullable = false)
    private Long refusalId;

    @Column(nullable = false, length = OverrideDetails.TEXT_LENGTH)
    private String justification;

    @Column(name = "harm_of_sharing", nullable = false, length = OverrideDetails.TEXT_LENGTH)
    private String harmOfSharing;

    @Column(name = "harm_of_not_sharing", nullable = false, length = OverrideDetails.TEXT_LENGTH)
    private String harmOfNotSharing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OverrideStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reasons", length = OverrideDetails.TEXT_LENGTH)
    private String decisionReasons;

    // R29: the agencies an approval names; none named covers every agency asked.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_override_agency", joinColumns = @JoinColumn(name = "consent_override_id"))
    @Column(name = "agency", nullable = false, length = 64)
    private Set<String> coveredAgencies = new HashSet<>();

    protected ConsentOverride() {
    }

    /**
     * Asks to share despite the refusal in force.
     *
     * @param enquiryId the enquiry whose consent was refused
     * @param current   the enquiry's consent decision in force, which must be a refusal
     * @throws InvalidInput when the case is incomplete; {@link OverrideNotNeeded} when consent is not refused
     */
    public static ConsentOverride request(Long enquiryId, ConsentDecision current, OverrideDetails details,
                                          StaffMember by, OffsetDateTime at) {
        if (current == null || current.kind() != ConsentKind.REFUSED) {
            throw new OverrideNotNeeded();
        }
        List<FieldProblem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ConsentOverride override = new ConsentOverride();
        override.enquiryId = enquiryId;
        override.refusalId = current.id();
        override.justification = details.justification().strip();
        override.harmOfSharing = details.harmOfSharing().strip();
        override.harmOfNotSharing = details.harmOfNotSharing().strip();
        override.status = OverrideStatus.PENDING;
        override.requestedBy = by.username();
        override.requestedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        return override;
    }

    /**
     * Approves or rejects, with reasons. Only a manager or the Caldicott Guardian may, never the person who asked.
     *
     * @throws FourEyesRequired when the asker decides, or the decider holds neither role
     */
    public void decide(boolean approved, String reasons, StaffMember by, OffsetDateTime at) {
        decide(approved, reasons, Set.of(), by, at);
    }

    /**
     * As {@link #decide(boolean, String, StaffMember, OffsetDateTime)}; an approval may name the agencies it covers,
     * as its reasons weigh them (R29). None named covers every agency asked.
     */
    public void decide(boolean approved, String reasons, Set<String> agencies, StaffMember by, OffsetDateTime at) {
        if (status != OverrideStatus.PENDING) {
            throw new OverrideDecided(status);
        }
        if (!(by.has(Roles.MANAGER) || by.has(Roles.CALDICOTT_GUARDIAN))) {
            throw new FourEyesRequired("Only a manager or the Caldicott Guardian may approve or reject an override");
        }
        if (by.username().equals(requestedBy)) {
            throw new FourEyesRequired("Nobody approves or rejects their own override: another manager or the"
                    + " Caldicott Guardian must decide");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(reasons, OverrideDetails.TEXT_LENGTH, "reasons", "Give the reasons for the decision", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        status = approved ? OverrideStatus.APPROVED : OverrideStatus.REJECTED;
        decidedBy = by.username();
        decidedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        decisionReasons = reasons.strip();
        if (approved && agencies != null) {
            coveredAgencies.addAll(agencies);
        }
    }

    /** R4: an agency may share under this override while the refusal it answers is still the decision in force. */
    public boolean allowsSharingUnder(ConsentDecision current) {
        return status == OverrideStatus.APPROVED && current != null && current.kind() == ConsentKind.REFUSED
                && Objects.equals(refusalId, current.id());
    }

    /** R4, R29: as above, for this agency: one the approval names, or any where it names none. */
    public boolean allowsSharingBy(String agency, ConsentDecision current) {
        return allowsSharingUnder(current) && (coveredAgencies.isEmpty() || coveredAgencies.contains(agency));
    }

    /** The agencies the approval names; empty when it covers every agency asked. */
    public Set<String> coveredAgencies() {
        return Set.copyOf(coveredAgencies);
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public Long refusalId() {
        return refusalId;
    }

    public String justification() {
        return justification;
    }

    public String harmOfSharing() {
        return harmOfSharing;
    }

    public String harmOfNotSharing() {
        return harmOfNotSharing;
    }

    public OverrideStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionReasons() {
        return decisionReasons;
    }
}
