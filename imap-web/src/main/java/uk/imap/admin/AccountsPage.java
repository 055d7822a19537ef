package uk.imap.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.access.AccountView;
import uk.imap.access.Accounts;
import uk.imap.access.Roles;
import uk.imap.shared.DomainException;
import uk.imap.sharing.Agencies;
import uk.imap.web.Notices;

/** Backs admin/users.xhtml: administrators create, change, re-password and disable accounts (R20). */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Agencies agencies;

    private AccountInput form = new AccountInput();
    private transient List<Agencies.Entry> agencyList;
    // Every account is read again when needed, never kept in the session, which is written out after every request.
    private transient List<AccountView> listed;
    private Boolean managedHere;

    public List<AccountView> getAccounts() {
        if (listed == null) {
            listed = accounts.all();
        }
        return listed;
    }

    /** False with a directory as the identity store: the page then lists accounts and says where to manage them. */
    public boolean isManagedHere() {
        if (managedHere == null) {
            managedHere = accounts.managedHere();
        }
        return managedHere;
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    /** Fills the form with the account's roles, agency and teams, to change them. */
    public void load(AccountView account) {
        form.fill(account);
    }

    /** The agencies and services known, to choose from as the agency is typed. */
    public List<Agencies.Entry> getAgencies() {
        if (agencyList == null) {
            agencyList = agencies.all();
        }
        return agencyList;
    }

    public void create() {
        act(() -> accounts.create(form.details(), form.getPassword()), "Account " + form.getUsername()
                + " created; it can sign in now.");
    }

    public void change() {
        act(() -> accounts.change(form.details()), "Roles, agency and teams of " + form.getUsername() + " saved.");
    }

    public void resetPassword() {
        act(() -> accounts.resetPassword(form.getUsername(), form.getPassword()), "New password set for "
                + form.getUsername() + ".");
    }

    public void disable() {
        act(() -> accounts.disable(form.getUsername()), "Account " + form.getUsername()
                + " disabled; it can no longer sign in.");
    }

    private void act(Runnable action, String done) {
        try {
            form.setAgency(agencyCode(form.getAgency()));
            action.run();
            Notices.inform(done);
            listed = null;
            form.setPassword(null);
        } catch (DomainException refused) {
            Notices.refuse("account", refused);
        }
    }

    /** An agency typed by its name ("Children's Social Care") is saved by its code, as the directory keeps it. */
    private String agencyCode(String typed) {
        if (typed == null) {
            return null;
        }
        return getAgencies().stream().filter(entry -> entry.displayName().equalsIgnoreCase(typed.strip()))
                .map(Agencies.Entry::code).findFirst().orElse(typed);
    }

    public AccountInput getForm() {
        return form;
    }
}
