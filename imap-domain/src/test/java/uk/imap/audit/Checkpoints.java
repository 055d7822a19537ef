package uk.imap.audit;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Checkpoint keys and checkpoints for the tests. */
final class Checkpoints {

    private Checkpoints() {
    }

    static KeyPair key() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checkpoint at the given event, as the server would sign it. */
    static Checkpoint at(AuditEvent event, String previous, KeyPair key) {
        return Checkpoint.sign(event.position(), event.hash(), event.occurredAt(), previous, key.getPrivate());
    }
}
