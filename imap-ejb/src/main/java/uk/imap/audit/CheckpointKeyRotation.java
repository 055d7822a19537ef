package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.imap.access.Roles;
import uk.imap.audit.control.AuditCheckpoints;
import uk.imap.audit.control.AuditTrail;
import uk.imap.signing.SigningKeyPair;

/**
 * R34: the keys that sign audit checkpoints. An administrator puts a new key in force (after a suspected
 * compromise, or on a schedule); auditors and administrators read every key and when it was in force, to keep a
 * copy for the offline verifier. A rotation is an audit event and a privileged change.
 */
@Stateless
public class CheckpointKeyRotation {

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    public CheckpointKeys keys() {
        return checkpoints.keys();
    }

    /**
     * Makes a new key and puts it in force from now; the key before it is retired and its private half deleted.
     * The event is written first, in this transaction, naming both keys, so a rotation that fails leaves no event.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public CheckpointKeys.Key rotate() {
        String retired = checkpoints.keys().current().map(CheckpointKeys.Key::id).orElse("none");
        SigningKeyPair next = checkpoints.nextKey();
        auditTrail.record(AuditAction.CHECKPOINT_KEY_ROTATED, RecordType.CHECKPOINT_KEY,
                CheckpointKeys.idOf(next.publicKey()), "replaces " + retired);
        return checkpoints.rotateTo(next);
    }
}
