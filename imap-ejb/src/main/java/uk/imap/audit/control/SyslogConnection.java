package uk.imap.audit.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import uk.imap.audit.SyslogRecord;

/**
 * One TLS connection to the SIEM's syslog receiver (RFC 5425). The receiver's certificate must name the host it was
 * reached by, as a browser would check it. Syslog over TLS has no acknowledgement: a frame written is not yet a
 * frame received, so the feed counts what it sent as delivered only when it later finds the connection still open.
 */
final class SyslogConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = 5000;

    private final SiemSettings settings;
    private final SSLSocket socket;
    private final OutputStream out;

    private SyslogConnection(SiemSettings settings, SSLSocket socket) throws IOException {
        this.settings = settings;
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    static SyslogConnection open(SiemSettings settings) throws IOException, GeneralSecurityException {
        SSLSocket socket = (SSLSocket) context(settings).getSocketFactory().createSocket();
        try {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            socket.startHandshake();
            return new SyslogConnection(settings, socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    SiemSettings settings() {
        return settings;
    }

    /** Writes the events' frames in order and flushes them. */
    void send(List<SyslogRecord> events, String host) throws IOException {
        for (SyslogRecord event : events) {
            out.write(event.frame(host));
        }
        out.flush();
    }

    /**
     * Whether the receiver still holds the connection open. It never writes to IMAP, so anything but silence (an
     * end of stream, a reset) means it has gone, and what was sent since it was last found open may be lost.
     */
    boolean open() {
        try {
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            return in.read() >= 0;
        } catch (SocketTimeoutException silent) {
            return true;
        } catch (IOException gone) {
            return false;
        } finally {
            try {
                socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            } catch (IOException ignored) {
                // The next write finds the connection gone.
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a connection already gone.
        }
    }

    private static SSLContext context(SiemSettings settings) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (settings.trust() == null) {
            trust.init((KeyStore) null);
        } else {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream pem = Files.newInputStream(settings.trust())) {
                int i = 0;
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                    trusted.setCertificateEntry("siem-" + i++, certificate);
                }
            }
            trust.init(trusted);
        }
        KeyManagerFactory keys = null;
        if (settings.clientKeyStore() != null) {
            char[] password = settings.clientKeyStorePassword() == null ? new char[0]
                    : settings.clientKeyStorePassword().toCharArray();
            KeyStore client = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(settings.clientKeyStore())) {
                client.load(in, password);
            }
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(client, password);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
