package uk.imap.audit;

import java.util.Arrays;

/**
 * The kind of record an audit event is about, beside {@link AuditAction}: a closed list, stored by its name as
 * auditors and the offline verifier read it. A new kind of record is a new constant, never a free string.
 */
public enum RecordType {
    ENQUIRY("Enquiry"),
    SUBJECT("Subject"),
    CONSENT_DECISION("ConsentDecision"),
    CONSENT_OVERRIDE("ConsentOverride"),
    INFORMATION_REQUEST("InformationRequest"),
    DISCLOSURE("Disclosure"),
    DISCLOSED_ITEM("DisclosedItem"),
    ADVICE_REQUEST("AdviceRequest"),
    CASE_NOTE("CaseNote"),
    DOCUMENT("Document"),
    REVIEW("Review"),
    EMERGENCY_ACCESS("EmergencyAccess"),
    AGENCY("Agency"),
    LEGAL_GATEWAY("LegalGateway"),
    CONCERN_CATEGORY("ConcernCategory"),
    BANK_HOLIDAY("BankHoliday"),
    RESPONSE_TIMES("ResponseTimes"),
    DECISION_TIMES("DecisionTimes"),
    RETENTION_SCHEDULE("RetentionSchedule"),
    CHECKPOINT_KEY("CheckpointKey"),
    USER("User"),
    REPORT("Report"),
    PAGE("Page"),
    OPERATION("Operation");

    private final String stored;

    RecordType(String stored) {
        this.stored = stored;
    }

    /** The name events store and auditors search by. */
    public String stored() {
        return stored;
    }

    /** The record type stored under this name. */
    public static RecordType named(String stored) {
        return Arrays.stream(values()).filter(type -> type.stored.equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record type is stored as " + stored));
    }
}
