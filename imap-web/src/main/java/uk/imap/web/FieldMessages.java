package uk.imap.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import uk.imap.shared.FieldProblem;

/**
 * Puts each field problem next to its field on a page: a field named as the API names it,
 * such as {@code subjects[0].givenName}, is the component {@code subject:0:givenName} in the form, and
 * {@code items[1].content} is {@code items:1:content}; a dot inside a name, as in {@code caldicott.dutyToShare},
 * becomes an underscore.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(String formId, List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // A summary first, so a person who cannot see the fields at once knows what to look for.
        String summary = problems.size() == 1 ? "There is a problem: it is marked below."
                : "There are " + problems.size() + " problems: each is marked below.";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
        for (FieldProblem problem : problems) {
            String clientId = formId + ":" + problem.field()
                    .replaceAll("^subjects\\[(\\d+)]\\.", "subject:$1:")
                    .replaceAll("^(\\w+)\\[(\\d+)]\\.", "$1:$2:")
                    .replace('.', '_');
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message());
            UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
            // Rows of a repeated list are not found by id, yet their messages show beside them.
            faces.addMessage(field == null && !clientId.matches(".*:\\d+:.*") ? null : clientId, message);
        }
        faces.validationFailed();
    }
}
