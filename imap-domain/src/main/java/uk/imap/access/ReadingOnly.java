package uk.imap.access;

/**
 * The caller may read the record but not change it: assignment (R16) and emergency access (R23) widen reading only,
 * while changes stay with the enquiry's owner and its team's manager. A 403 and an audit event, like any refusal.
 */
public class ReadingOnly extends OutsideNeedToKnow {

    public ReadingOnly(String record) {
        super(record, "You may read this enquiry but not change it: changes are for its owner and the team's manager");
    }
}
