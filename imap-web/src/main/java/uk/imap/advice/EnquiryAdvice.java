package uk.imap.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs the advice part of enquiry/detail.xhtml: asking without identity, and the advice given (R17). */
@Named
@ViewScoped
public class EnquiryAdvice implements Serializable {

    @Inject
    Advice advice;

    @Inject
    EnquiryDetail detail;

    private String question;
    private String advisorRole = Roles.CALDICOTT_GUARDIAN;

    public List<AdviceView> getList() {
        return detail.getCaseFile() == null ? List.of() : detail.getCaseFile().advice();
    }

    public void ask() {
        try {
            String asked = question;
            String advisor = advisorRole;
            detail.change(() -> advice.ask(detail.getReference(), asked, advisor));
            question = null;
            String text = "Your question is sent. The advisor sees it with names, places and numbers replaced.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse("advice", refused);
        }
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAdvisorRole() {
        return advisorRole;
    }

    public void setAdvisorRole(String advisorRole) {
        this.advisorRole = advisorRole;
    }
}
