package uk.imap.subjectaccess;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** What one agency answered to the hub's request: its decision, its reasons and the items it shared. */
public record AgencyAnswer(String agency, String purposeOfRequest, OffsetDateTime answeredAt, String decision,
                           String reasons, List<SharedItem> items) implements Serializable {
}
