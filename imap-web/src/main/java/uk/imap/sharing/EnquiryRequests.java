package uk.imap.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.access.SignedInUser;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.shared.DomainException;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.FieldMessages;
import uk.imap.web.Notices;

/**
 * Backs the requests part of enquiry/detail.xhtml: asking one or more agencies, each with its own reasons (R10),
 * withdrawing a request with a reason, and the names of agencies and gateways for showing answers side by side.
 */
@Named
@ViewScoped
public class EnquiryRequests implements Serializable {

    @Inject
    InformationRequests informationRequests;

    @Inject
    Agencies agencies;

    @Inject
    EnquiryDetail detail;

    @Inject
    SignedInUser signedIn;

    private final List<RequestInput> rows = new ArrayList<>(List.of(new RequestInput()));
    private final Map<Long, String> withdrawalReasons = new HashMap<>();
    private final Map<Long, String> revealReasons = new HashMap<>();
    private final Map<Long, String> revealed = new HashMap<>();
    private List<Agencies.Choice> agencyChoices;
    private List<Agencies.Choice> gatewayChoices;
    private Map<String, String> agencyNames;
    private Map<String, String> gatewayNames;

    /** Asks every agency in the rows; on a refusal the messages go beside the fields and the typing stays. */
    public void send() {
        List<FieldProblem> problems = new ArrayList<>();
        List<RequestDetails> batch = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            batch.add(rows.get(i).toDetails("requests[" + i + "].", problems));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            List<RequestView> sent = new ArrayList<>();
            detail.change(() -> sent.addAll(informationRequests.send(detail.getReference(), batch)));
            rows.clear();
            rows.add(new RequestInput());
            Notices.inform(sent.size() == 1 ? "The request is sent to " + agencyName(sent.get(0).agency()) + "."
                    : sent.size() + " requests are sent.");
        } catch (InvalidInput invalid) {
            // A single request is named without its row by the domain; its fields are in row 0 here.
            FieldMessages.show("ask", invalid.problems().stream().map(p -> rows.size() == 1
                    && !p.field().startsWith("requests") ? new FieldProblem("requests[0]." + p.field(), p.message())
                    : p).toList());
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public void addRow() {
        rows.add(new RequestInput());
    }

    public void removeRow(int index) {
        if (rows.size() > 1) {
            rows.remove(index);
        }
    }

    public void withdraw(Long id) {
        try {
            String reason = withdrawalReasons.get(id);
            detail.change(() -> informationRequests.withdraw(id, reason));
            withdrawalReasons.remove(id);
            Notices.inform("The request is withdrawn.");
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    /** R13: shows one restricted item's content on this page only, for the reason given, and records the reveal. */
    public void reveal(Long itemId) {
        try {
            revealed.put(itemId, informationRequests.reveal(itemId, revealReasons.get(itemId)));
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    /** R13: the owner, the team's manager (and the Caldicott Guardian) may reveal restricted items. */
    public boolean mayReveal() {
        var enquiry = detail.getEnquiry();
        return enquiry != null && (enquiry.owner().equals(signedIn.getMember().username())
                || signedIn.getMember().manages(enquiry.team()));
    }

    public Map<Long, String> getRevealReasons() {
        return revealReasons;
    }

    public Map<Long, String> getRevealed() {
        return revealed;
    }

    public String agencyName(String code) {
        if (agencyNames == null) {
            agencyNames = agencies.names();
        }
        return agencyNames.getOrDefault(code, code);
    }

    public String gatewayName(String code) {
        if (gatewayNames == null) {
            gatewayNames = agencies.gatewayNames();
        }
        return gatewayNames.getOrDefault(code, code);
    }

    public List<RequestInput> getRows() {
        return rows;
    }

    public Map<Long, String> getWithdrawalReasons() {
        return withdrawalReasons;
    }

    public List<Agencies.Choice> getAgencies() {
        if (agencyChoices == null) {
            agencyChoices = agencies.active();
        }
        return agencyChoices;
    }

    public List<Agencies.Choice> getGateways() {
        if (gatewayChoices == null) {
            gatewayChoices = agencies.legalGateways();
        }
        return gatewayChoices;
    }

    public InformationCategory[] getCategories() {
        return InformationCategory.values();
    }
}
