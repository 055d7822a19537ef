package uk.imap.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;

/**
 * What a page tells a person after an action: that it worked, or why not. Bad input goes beside its fields when the
 * form has them (R22); any other refusal is said plainly at the top, and nothing typed is lost.
 */
public final class Notices {

    private Notices() {
    }

    public static void inform(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A refusal: field problems beside the fields of {@code formId}, anything else at the top. */
    public static void refuse(String formId, DomainException refused) {
        if (refused instanceof InvalidInput invalid) {
            FieldMessages.show(formId, invalid.problems());
        } else {
            refuse(refused);
        }
    }

    /** A refusal said at the top of the page, for forms whose fields repeat per row. */
    public static void refuse(DomainException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused instanceof InvalidInput invalid) {
            invalid.problems().forEach(problem -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message())));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
        faces.validationFailed();
    }
}
