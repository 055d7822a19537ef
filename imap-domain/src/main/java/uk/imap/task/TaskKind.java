package uk.imap.task;

/** The kinds of task a home page lists, each in words for the page. */
public enum TaskKind {
    ANSWER_ARRIVED("Answer arrived"),
    ADVICE_GIVEN("Advice given"),
    HANDED_TO_ME("Handed to me"),
    OVERRIDE_DECIDED("Override decided"),
    CONSENT_TO_REVIEW("Consent to review"),
    DECISION_DUE("Hub decision due"),
    DECISION_OVERDUE("Hub decision overdue"),
    APPROVAL_WAITING("Approval waiting"),
    TEAM_OVERDUE("Team's work overdue"),
    ADVICE_ASKED("Advice asked of me"),
    REQUEST_DUE("Request to answer"),
    OVERRIDE_APPROVED("Override approved: you may share"),
    REVIEWS_WAITING("Reviews waiting"),
    LAST_VERIFICATION("Audit trail verification"),
    SIGN_INS_LOCKED("Sign-ins locked out"),
    MAILBOX_MISSING("Agency without a mailbox");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
