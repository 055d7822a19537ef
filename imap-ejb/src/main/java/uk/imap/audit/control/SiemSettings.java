package uk.imap.audit.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the audit feed goes (R34), read afresh on every round so a change made on a running server takes effect
 * without a restart: {@code imap.siem.receiver} ({@code host:port}, the receiver's RFC 5425 TLS port, usually 6514),
 * {@code imap.siem.trust} (a PEM file of the certificates that may sign the receiver's; the JVM's trusted
 * authorities when unset), and for a receiver that asks for a client certificate {@code imap.siem.client-key-store}
 * (PKCS #12) with {@code imap.siem.client-key-store-password}. Each may come from the environment instead
 * (IMAP_SIEM_RECEIVER and so on). No receiver, no feed: events wait in the database.
 */
public record SiemSettings(String host, int port, Path trust, Path clientKeyStore, String clientKeyStorePassword) {

    static Optional<SiemSettings> read() {
        String receiver = setting("imap.siem.receiver", "IMAP_SIEM_RECEIVER");
        if (receiver == null) {
            return Optional.empty();
        }
        int colon = receiver.lastIndexOf(':');
        int port;
        try {
            port = colon < 0 ? 6514 : Integer.parseInt(receiver.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("imap.siem.receiver is not host:port: " + receiver, e);
        }
        String trust = setting("imap.siem.trust", "IMAP_SIEM_TRUST");
        String keyStore = setting("imap.siem.client-key-store", "IMAP_SIEM_CLIENT_KEY_STORE");
        return Optional.of(new SiemSettings(colon < 0 ? receiver : receiver.substring(0, colon), port,
                trust == null ? null : Path.of(trust), keyStore == null ? null : Path.of(keyStore),
                setting("imap.siem.client-key-store-password", "IMAP_SIEM_CLIENT_KEY_STORE_PASSWORD")));
    }

    /** The receiver configured now, as host:port, or null when there is none. */
    public static String configuredReceiver() {
        try {
            return read().map(SiemSettings::receiver).orElse(null);
        } catch (IllegalArgumentException e) {
            return setting("imap.siem.receiver", "IMAP_SIEM_RECEIVER");
        }
    }

    /** The receiver as people name it: host:port. */
    public String receiver() {
        return host + ":" + port;
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        // The key store's password stays out of every log line.
        return receiver();
    }
}
