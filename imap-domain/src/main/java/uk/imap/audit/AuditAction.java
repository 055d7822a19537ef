package uk.imap.audit;

/** What an audit event records. A closed list: a new kind of event is a new constant, never a free string. */
public enum AuditAction {
    ENQUIRY_CREATED,
    ENQUIRY_READ,
    ENQUIRY_REVISED,
    ENQUIRY_STATUS_CHANGED,
    CONSENT_RECORDED,
    CONSENT_HISTORY_READ,
    POSSIBLE_MATCHES_READ,
    BANK_HOLIDAY_ADDED,
    BANK_HOLIDAY_REMOVED,
    WORKLIST_READ,
    ACCESS_DENIED,
    SIGNED_OUT
}
