package uk.imap.failure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Backs the failure page: logs the failure once under a new correlation id, which the page shows. */
@Named
@RequestScoped
public class PageFailure {

    private static final Logger LOG = Logger.getLogger(PageFailure.class.getName());

    private String correlation;

    // On first use rather than in a view action: the failed request may have been a postback, where none runs.
    @PostConstruct
    void load() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        correlation = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Page failure " + correlation + " at " + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION));
    }

    public String getCorrelation() {
        return correlation;
    }
}
