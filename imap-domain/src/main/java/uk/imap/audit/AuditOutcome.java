package uk.imap.audit;

/** Whether the audited action happened or was refused. */
public enum AuditOutcome {
    SUCCESS,
    DENIED
}
