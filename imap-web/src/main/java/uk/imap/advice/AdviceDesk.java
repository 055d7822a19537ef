package uk.imap.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs advice.xhtml: questions waiting for a manager's or the Caldicott Guardian's advice (R17). */
@Named
@ViewScoped
public class AdviceDesk implements Serializable {

    @Inject
    Advice advice;

    private List<AdviceView> waiting;
    private final Map<Long, String> answers = new HashMap<>();

    public List<AdviceView> getWaiting() {
        if (waiting == null) {
            waiting = advice.waitingForMe();
        }
        return waiting;
    }

    public void answer(Long id) {
        try {
            advice.answer(id, answers.get(id));
            waiting = null;
            String text = "Your advice is recorded and shown on the enquiry.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
