package uk.imap.sharing;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One decision to share or not about an enquiry, whoever made it (API.md {@code GET /decisions}): a consent
 * decision, a request sent or withdrawn, an agency's answer, or the hub's outcome.
 *
 * @param decision the decision's code: the consent kind, SENT, WITHDRAWN, the disclosure decision or the outcome
 * @param agency   the agency asked or answering, or null
 * @param recordId the consent decision, request or disclosure id, or null for the outcome
 */
public record DecisionRecord(Kind kind, String decision, String reasons, String agency, String decidedBy,
                             OffsetDateTime decidedAt, Long recordId) implements Serializable {

    public enum Kind {
        CONSENT("Consent decision"),
        REQUEST("Request for information"),
        REQUEST_WITHDRAWN("Request withdrawn"),
        DISCLOSURE("Agency's answer"),
        OUTCOME("Hub decision and outcome");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
