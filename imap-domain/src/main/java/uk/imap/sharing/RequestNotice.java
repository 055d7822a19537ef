package uk.imap.sharing;

import java.time.OffsetDateTime;

/**
 * Something an agency's shared mailbox is told once the transaction that caused it commits: a request sent, or a
 * request overdue. It carries no personal data; the mailbox is told to sign in.
 */
public record RequestNotice(Kind kind, long requestId, String enquiryReference, String agency, String mailbox,
                            OffsetDateTime dueAt) {

    public enum Kind {
        SENT, OVERDUE
    }
}
