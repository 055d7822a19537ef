package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;

/**
 * R16 on pages: the access-denied page records the refusal it shows, once. A refusal the EJB tier has already
 * recorded (a record outside need to know) is marked so, and is not recorded twice.
 */
@Named
@RequestScoped
public class PageDenial {

    static final String AUDITED = "uk.imap.denialAudited";

    @Inject
    AuditTrail auditTrail;

    /** Called by the access-denied page: records a refusal of a page by role, unless it is recorded already. */
    public void record() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (context.getRequestMap().get(AUDITED) != null || context.getUserPrincipal() == null) {
            return;
        }
        Object page = context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        auditTrail.recordDenial(RecordType.PAGE, page == null ? null : String.valueOf(page), "role not permitted");
        context.getRequestMap().put(AUDITED, Boolean.TRUE);
    }

    /** Shows the access-denied page for a refusal the EJB tier has already recorded. */
    public static void alreadyRecorded(OutsideNeedToKnow denied) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getRequestMap().put(AUDITED, Boolean.TRUE);
        faces.getExternalContext().responseSendError(403, denied.getMessage());
        faces.responseComplete();
    }
}
