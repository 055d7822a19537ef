package uk.imap.consent;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consent override as the API and the pages show it (R4).
 *
 * @param agencies the agencies an approval names (R29); empty when it covers every agency asked
 */
public record ConsentOverrideView(Long id, String enquiryReference, Long refusalId, String justification,
                                  String harmOfSharing, String harmOfNotSharing, OverrideStatus status,
                                  String requestedBy, OffsetDateTime requestedAt, String decidedBy,
                                  OffsetDateTime decidedAt, String decisionReasons, List<String> agencies)
        implements Serializable {

    public static ConsentOverrideView of(ConsentOverride override, String enquiryReference) {
        return new ConsentOverrideView(override.id(), enquiryReference, override.refusalId(), override.justification(),
                override.harmOfSharing(), override.harmOfNotSharing(), override.status(), override.requestedBy(),
                override.requestedAt(), override.decidedBy(), override.decidedAt(), override.decisionReasons(),
                override.coveredAgencies().stream().sorted().toList());
    }
}
