package uk.imap.access;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where to sign in, once the pages are ready. */
@WebListener
public class SignInAddress implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SignInAddress.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String host = System.getProperty("jboss.bind.address", "localhost");
        String port = System.getProperty("jboss.http.port", "8080");
        LOG.info(() -> "IMAP is ready: http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port
                + event.getServletContext().getContextPath() + "/");
    }
}
