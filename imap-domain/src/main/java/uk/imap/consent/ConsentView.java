package uk.imap.consent;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/** A consent decision as the API and the pages show it (API.md "Consent decision"). */
public record ConsentView(Long id, ConsentKind kind, String givenBy, InformedOf informedOf, String statement,
                          Set<ConsentGround> grounds, Set<ConsentFactor> factors, String justification, String service,
                          String agreedBy, Capacity capacityAssessment, String capacityNotes, String decidedBy,
                          OffsetDateTime decidedAt, Long supersedes) implements Serializable {

    // Not over every part: JSON-B hashes each object it writes (see EnquiryView#hashCode). Agrees with equals.
    @Override
    public int hashCode() {
        return Objects.hash(id, kind);
    }

    /** GRANTED: what the person was told before agreeing. */
    public record InformedOf(boolean why, boolean what, boolean how, boolean withWhom) implements Serializable {
    }

    public static ConsentView of(ConsentDecision decision) {
        if (decision == null) {
            return null;
        }
        Boolean informed = decision.informed();
        return new ConsentView(decision.id(), decision.kind(), decision.givenBy(),
                informed == null ? null : new InformedOf(informed, informed, informed, informed), decision.statement(),
                decision.grounds(), decision.factors(), decision.justification(), decision.service(),
                decision.agreedBy(), decision.capacity(), decision.capacityNotes(), decision.decidedBy(),
                decision.decidedAt(), decision.supersedes());
    }
}
