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
    REQUEST_SENT,
    REQUEST_WITHDRAWN,
    REQUEST_READ,
    REQUEST_OVERDUE_NOTIFIED,
    AGENCY_REQUESTS_READ,
    OVERDUE_REQUESTS_READ,
    DISCLOSURE_RECORDED,
    DISCLOSURES_READ,
    GUARDED_ITEM_VIEWED,
    DECISIONS_READ,
    RESPONSE_TIMES_CHANGED,
    DECISION_TIMES_CHANGED,
    AGENCY_MAILBOX_CHANGED,
    OVERRIDE_REQUESTED,
    OVERRIDE_DECIDED,
    OVERRIDES_READ,
    EMERGENCY_ACCESS_GRANTED,
    EMERGENCY_READ,
    EMERGENCY_ACCESS_EXPIRED,
    REVIEWS_READ,
    REVIEW_RECORDED,
    ASSIGNMENT_CHANGED,
    ADVICE_REQUESTED,
    ADVICE_READ,
    ADVICE_ANSWERED,
    RESTRICTED_ITEM_REVEALED,
    AUDIT_EVENTS_READ,
    AUDIT_CHAIN_VERIFIED,
    CHECKPOINT_KEY_ROTATED,
    REPORT_GENERATED,
    ACCESS_DENIED,
    SIGNED_OUT,
    /** A person signed in on the sign-in page, as the server's security layer reported it. */
    SIGNED_IN,
    /** A password check failed, on the sign-in page or for an API call; the actor is the name that was tried. */
    SIGN_IN_FAILED,
    /** A sign-in was refused without checking the password: too many failed checks for that name (R27). */
    SIGN_IN_LOCKED_OUT,
    /** An access token was issued to a partner system's account; the reason gives its expiry, never the token. */
    TOKEN_ISSUED,
    /** An API call's bearer token was refused: the reason says why (expired, bad signature, account disabled). */
    TOKEN_REFUSED,
    /** A session ended without signing out: the idle time-out, or ended on the server by an administrator. */
    SESSION_EXPIRED,
    /** An administrator created an account in the identity store. */
    ACCOUNT_CREATED,
    /** A role was granted to an account; the reason names the role. */
    ROLE_GRANTED,
    /** A role was taken from an account; the reason names the role. */
    ROLE_REMOVED,
    /** An account's agency or teams changed. */
    ACCOUNT_DETAILS_CHANGED,
    /** An administrator set a new password for an account; the password itself is never recorded. */
    PASSWORD_RESET,
    /** An account can no longer sign in. */
    ACCOUNT_DISABLED,
    /** An administrator listed the accounts. */
    ACCOUNTS_READ,
    /** An administrator added a legal gateway or concern category; the reason is its name. */
    REFERENCE_ENTRY_ADDED,
    /** An administrator renamed, retired or restored a legal gateway or concern category. */
    REFERENCE_ENTRY_CHANGED,
    /** R28: a search's results were shown: one event for each enquiry shown, people included. */
    SEARCH_RESULTS_READ,
    /** R28: a person's page was shown: one event for the person and one for each enquiry it lists. */
    PERSON_READ,
    /** R29: a case note or a strategy discussion was written on an enquiry. */
    NOTE_WRITTEN,
    /** R29: an enquiry's case notes were listed. */
    NOTES_READ,
    /** R31: a document was attached; the event keeps its SHA-256. */
    DOCUMENT_ADDED,
    /** R31: the documents of an enquiry or of an answer were listed. */
    DOCUMENTS_READ,
    /** R31: a document was downloaded; the event keeps its SHA-256. */
    DOCUMENT_DOWNLOADED,
    /** R32: a professional's online referral became a draft on the intake list; no name or address is kept here. */
    REFERRAL_RECEIVED,
    /** R32: online referrals from one address came faster than the form allows; the first refusal of a spell. */
    REFERRAL_REFUSED,
    /** R29: a person's tasks were listed; tasks name references, never people or content. */
    TASKS_READ,
    /** R29: a manager read the team's workload: counts per worker, no case content. */
    WORKLOAD_READ,
    /** R29: the Caldicott Guardian opened what a review item is about; the record is the one under review. */
    REVIEW_SUBJECT_READ,
    /** A record was printed (an enquiry's summary and chronology as PDF); the print carries the chain head after it. */
    RECORD_PRINTED,
    /** R33: an administrator changed the retention schedule; the reason names each period changed. */
    RETENTION_SCHEDULE_CHANGED,
    /** R33: a legal hold was placed on an enquiry; its reason stays with the hold, not in the trail. */
    LEGAL_HOLD_ADDED,
    /** R33: a legal hold on an enquiry was lifted. */
    LEGAL_HOLD_REMOVED,
    /** R33: the list of enquiries past retention was shown; it names references and dates, never content. */
    DISPOSALS_READ,
    /** R33: an enquiry's personal content was erased under the retention schedule; the event names the entry used. */
    ENQUIRY_DISPOSED,
    /**
     * R33: a subject access bundle was produced: one event naming the person asked about (with the reason, when
     * enquiries outside need to know were included), and one per enquiry in it.
     */
    SUBJECT_ACCESS_PRODUCED,
    /**
     * Issue 16: an enquiry's kept view held what IMAP never writes there, so it was refused, not read, and the view
     * built afresh; the reason gives a SHA-256 of what was found. Recorded as a refusal, under whoever's read met it.
     */
    KEPT_VIEW_REFUSED
}
