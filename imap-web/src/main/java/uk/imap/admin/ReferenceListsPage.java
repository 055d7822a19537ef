package uk.imap.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.DomainException;
import uk.imap.sharing.Agencies;
import uk.imap.web.Notices;

/**
 * Backs admin/lists.xhtml: administrators keep the legal gateways, the concern categories and the partner agencies
 * with their shared mailboxes (R10, R15, R20); each change audited by the services.
 */
@Named
@ViewScoped
public class ReferenceListsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry as the page edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String displayName;
        private boolean active;
        private String sharedMailbox;

        Row(String code, String displayName, boolean active, String sharedMailbox) {
            this.code = code;
            this.displayName = displayName;
            this.active = active;
            this.sharedMailbox = sharedMailbox;
        }

        public String getCode() {
            return code;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public String getSharedMailbox() {
            return sharedMailbox;
        }

        public void setSharedMailbox(String sharedMailbox) {
            this.sharedMailbox = sharedMailbox;
        }
    }

    @Inject
    transient ReferenceLists lists;

    @Inject
    transient Agencies agencies;

    private List<Row> gateways;
    private List<Row> categories;
    private List<Row> agencyRows;
    private String newGatewayCode;
    private String newGatewayName;
    private String newCategoryCode;
    private String newCategoryName;
    private String newAgencyCode;
    private String newAgencyName;
    private String newAgencyMailbox;

    public List<Row> getGateways() {
        if (gateways == null) {
            gateways = rows(lists.legalGateways());
        }
        return gateways;
    }

    public List<Row> getCategories() {
        if (categories == null) {
            categories = rows(lists.concernCategories());
        }
        return categories;
    }

    public List<Row> getAgencies() {
        if (agencyRows == null) {
            agencyRows = new ArrayList<>(agencies.all().stream().map(a -> new Row(a.code(), a.displayName(),
                    a.active(), a.sharedMailbox())).toList());
        }
        return agencyRows;
    }

    public void saveGateway(Row row) {
        act(() -> lists.changeLegalGateway(row.getCode(), row.getDisplayName(), row.isActive()),
                "Legal gateway " + row.getCode() + " saved.");
    }

    public void addGateway() {
        act(() -> lists.addLegalGateway(newGatewayCode, newGatewayName),
                "Legal gateway " + newGatewayCode + " added.");
    }

    public void saveCategory(Row row) {
        act(() -> lists.changeConcernCategory(row.getCode(), row.getDisplayName(), row.isActive()),
                "Concern category " + row.getCode() + " saved.");
    }

    public void addCategory() {
        act(() -> lists.addConcernCategory(newCategoryCode, newCategoryName),
                "Concern category " + newCategoryCode + " added.");
    }

    public void saveAgency(Row row) {
        act(() -> agencies.change(row.getCode(), row.getDisplayName(), row.isActive(), row.getSharedMailbox()),
                "Agency " + row.getCode() + " saved.");
    }

    public void addAgency() {
        act(() -> agencies.add(newAgencyCode, newAgencyName, newAgencyMailbox), "Agency " + newAgencyCode + " added.");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notices.inform(done);
            gateways = null;
            categories = null;
            agencyRows = null;
            newGatewayCode = null;
            newGatewayName = null;
            newCategoryCode = null;
            newCategoryName = null;
            newAgencyCode = null;
            newAgencyName = null;
            newAgencyMailbox = null;
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    private static List<Row> rows(List<ReferenceLists.Entry> entries) {
        return new ArrayList<>(entries.stream().map(e -> new Row(e.code(), e.displayName(), e.active(), null))
                .toList());
    }

    public String getNewGatewayCode() {
        return newGatewayCode;
    }

    public void setNewGatewayCode(String newGatewayCode) {
        this.newGatewayCode = newGatewayCode;
    }

    public String getNewGatewayName() {
        return newGatewayName;
    }

    public void setNewGatewayName(String newGatewayName) {
        this.newGatewayName = newGatewayName;
    }

    public String getNewCategoryCode() {
        return newCategoryCode;
    }

    public void setNewCategoryCode(String newCategoryCode) {
        this.newCategoryCode = newCategoryCode;
    }

    public String getNewCategoryName() {
        return newCategoryName;
    }

    public void setNewCategoryName(String newCategoryName) {
        this.newCategoryName = newCategoryName;
    }

    public String getNewAgencyCode() {
        return newAgencyCode;
    }

    public void setNewAgencyCode(String newAgencyCode) {
        this.newAgencyCode = newAgencyCode;
    }

    public String getNewAgencyName() {
        return newAgencyName;
    }

    public void setNewAgencyName(String newAgencyName) {
        this.newAgencyName = newAgencyName;
    }

    public String getNewAgencyMailbox() {
        return newAgencyMailbox;
    }

    public void setNewAgencyMailbox(String newAgencyMailbox) {
        this.newAgencyMailbox = newAgencyMailbox;
    }
}
