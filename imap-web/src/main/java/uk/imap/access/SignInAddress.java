package uk.imap.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Tells whoever started the server where to sign in, once the pages answer. The context starts a little before the
 * server routes requests to it, so the address is only logged when a request for it no longer gets a 404.
 */
@WebListener
public class SignInAddress implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SignInAddress.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Resource
    ManagedExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String host = System.getProperty("jboss.bind.address", "localhost");
        int port = Integer.getInteger("jboss.http.port", 8080)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        URI address = URI.create("http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port
                + event.getServletContext().getContextPath() + "/");
        executor.execute(() -> announceOnceAnswering(address));
    }

    private static void announceOnceAnswering(URI address) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp) {
            try {
                int status = http.send(HttpRequest.newBuilder(address.resolve("login.xhtml")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 404) {
                    break;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                // Not listening yet, or behind an address this server cannot reach itself on: keep trying.
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.info(() -> "IMAP is ready: " + address);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
