package uk.imap.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditTrail;
import uk.imap.audit.RecordType;

/** R13: every view of a sensitive or restricted item's content by the hub is an audit event of its own. */
@ApplicationScoped
public class GuardedItems {

    static final RecordType RECORD_TYPE = RecordType.DISCLOSED_ITEM;

    @Inject
    AuditTrail auditTrail;

    void viewed(DisclosureView disclosure) {
        disclosure.items().stream().filter(item -> item.sensitivity().isGuarded() && !item.masked()).forEach(item ->
                auditTrail.record(AuditAction.GUARDED_ITEM_VIEWED, RECORD_TYPE, String.valueOf(item.id())));
    }
}
