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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentKind;
import uk.imap.consent.ConsentOverride;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * An agency's answer to a request (R11): the decision and its reasons, the consent decision relied on, the items
 * shared with their reliability and sensitivity (R12, R13), what was retained and why, and the Caldicott principles
 * confirmed (R14). Never changed once sent: a correction is a new disclosure that supersedes it.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @SequenceGenerator(name = "disclosure_id", sequenceName = "disclosure_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "information_request_id", nullable = false)
    private InformationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DisclosureDecision decision;

    @Column(nullable = false, length = DisclosureDetails.TEXT_LENGTH)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis", length = 32)
    private ConsentBasis consentBasis;

    // The consent decision in force when the agency answered, and its kind: R4's refusal stays beside the answer.
    @Column(name = "consent_decision_id")
    private Long consentDecisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", length = 32)
    private ConsentKind consentKind;

    @Column(name = "override_id")
    private Long overrideId;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "disclosure_id", nullable = false)
    @OrderBy("id")
    private List<DisclosedItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "disclosure_id", nullable = false)
    @OrderBy("position")
    private List<RetainedItem> retained = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_caldicott", joinColumns = @JoinColumn(name = "disclosure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "principle", nullable = false, length = 64)
    private Set<CaldicottPrinciple> confirmed = EnumSet.noneOf(CaldicottPrinciple.class);

    @Column(name = "answered_by", nullable = false, length = 100)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    @Column(name = "supersedes")
    private Long supersedes;

    @Column(name = "correction_reason", length = DisclosureDetails.TEXT_LENGTH)
    private String correctionReason;

    protected Disclosure() {
    }

    /** Built by {@link InformationRequest#answer}, which has checked the details against the request. */
    static Disclosure of(InformationRequest request, DisclosureDetails details, ConsentDecision consent,
                         ConsentOverride override, String answeredBy, OffsetDateTime at) {
        if (details.decision().shares()) {
            requireConsentBasis(request.agency(), details, consent, override);
        }
        Disclosure disclosure = new Disclosure();
        disclosure.request = request;
        disclosure.decision = details.decision();
        disclosure.reasons = details.reasons().strip();
        disclosure.consentBasis = details.decision().shares() ? details.consentBasis() : null;
        disclosure.consentDecisionId = consent == null ? null : consent.id();
        disclosure.consentKind = consent == null ? null : consent.kind();
        disclosure.overrideId = consent != null && consent.kind() == ConsentKind.REFUSED && details.decision().shares()
                ? details.overrideId() : null;
        details.items().forEach(item -> disclosure.items.add(new DisclosedItem(item)));
        details.retained().forEach(kept -> disclosure.retained.add(new RetainedItem(disclosure.retained.size(),
                kept.description().strip(), kept.reason().strip())));
        disclosure.confirmed.addAll(details.confirmed());
        disclosure.answeredBy = answeredBy;
        disclosure.answeredAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        disclosure.supersedes = details.supersedes();
        disclosure.correctionReason = Text.trimmed(details.correctionReason());
        return disclosure;
    }

    // R4, R11: a share relies on the consent decision in force; a refusal allows none without an approved override.
    private static void requireConsentBasis(String agency, DisclosureDetails details, ConsentDecision consent,
                                            ConsentOverride override) {
        if (consent == null) {
            throw new InvalidInput("consentBasis", "No consent decision is recorded on this enquiry yet");
        }
        if (consent.kind() == ConsentKind.REFUSED) {
            if (details.consentBasis() != ConsentBasis.OVERRIDE || override == null
                    || !Objects.equals(override.id(), details.overrideId())
                    || !override.allowsSharingBy(agency, consent)) {
                throw new SharingNeedsOverride();
            }
            return;
        }
        if (details.consentBasis() != ConsentBasis.matching(consent.kind())) {
            throw new InvalidInput("consentBasis", "The consent decision in force is " + consent.kind().label()
                    .toLowerCase() + ": rely on that decision");
        }
    }

    public Long id() {
        return id;
    }

    public InformationRequest request() {
        return request;
    }

    public DisclosureDecision decision() {
        return decision;
    }

    public String reasons() {
        return reasons;
    }

    public ConsentBasis consentBasis() {
        return consentBasis;
    }

    public Long consentDecisionId() {
        return consentDecisionId;
    }

    /** The kind of the consent decision in force when the agency answered. */
    public ConsentKind consentKind() {
        return consentKind;
    }

    public Long overrideId() {
        return overrideId;
    }

    public List<DisclosedItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<RetainedItem> retained() {
        return Collections.unmodifiableList(retained);
    }

    public Set<CaldicottPrinciple> confirmed() {
        return Collections.unmodifiableSet(confirmed);
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public Long supersedes() {
        return supersedes;
    }

    public String correctionReason() {
        return correctionReason;
    }
}
