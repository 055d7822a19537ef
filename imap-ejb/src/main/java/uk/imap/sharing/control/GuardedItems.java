package uk.imap.sharing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.sharing.DisclosureView;

/** R13: every view of a sensitive or restricted item's content by the hub is an audit event of its own. */
@ApplicationScoped
public class GuardedItems {

    @Inject
    AuditTrail auditTrail;

    public void viewed(DisclosureView disclosure) {
        disclosure.items().stream().filter(item -> item.sensitivity().isGuarded() && !item.masked()).forEach(item ->
                auditTrail.record(AuditAction.GUARDED_ITEM_VIEWED, RecordType.DISCLOSED_ITEM, String.valueOf(item.id())));
    }
}
