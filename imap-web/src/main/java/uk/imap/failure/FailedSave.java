package uk.imap.failure;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.api.DatabaseAway;

/**
 * A form whose sending fails unforeseen (a lost database, a fault in a service) is shown again as it was typed, with
 * "Nothing was saved" and a reference the server log holds beside the failure, rather than an error page that
 * loses the work. What failed while a page was being drawn still goes to the failure page: there is no form to keep.
 */
public class FailedSave extends ExceptionHandlerWrapper {

    /** Where the page template finds the reference of the failure it must tell. */
    public static final String REFERENCE = "uk.imap.failure.reference";

    private static final Logger LOG = Logger.getLogger(FailedSave.class.getName());

    public FailedSave(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<jakarta.faces.event.ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            ExceptionQueuedEventContext event = queued.next().getContext();
            if (keepsTheForm(context, event.getPhaseId(), event.getException())) {
                queued.remove();
                tell(context, event.getException());
            }
        }
        getWrapped().handle();
    }

    private static boolean keepsTheForm(FacesContext context, PhaseId phase, Throwable failure) {
        return context != null && context.isPostback() && context.getViewRoot() != null
                && phase != PhaseId.RESTORE_VIEW && phase != PhaseId.RENDER_RESPONSE && !expired(failure);
    }

    private static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void tell(FacesContext context, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        LOG.log(Level.SEVERE, "Page failure " + reference + " at " + request.getRequestURI(), failure);
        context.getExternalContext().getRequestMap().put(REFERENCE, reference);
        context.validationFailed();
        if (!context.getPartialViewContext().isAjaxRequest()) {
            // The database away for now: the form can be sent again in a moment, as the API's 503 says.
            ((HttpServletResponse) context.getExternalContext().getResponse()).setStatus(DatabaseAway.causes(failure)
                    ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        context.renderResponse();
    }
}
