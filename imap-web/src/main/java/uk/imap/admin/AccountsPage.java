package uk.imap.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.AccountDetails;
import uk.imap.access.AccountView;
import uk.imap.access.Accounts;
import uk.imap.access.Roles;
import uk.imap.enquiry.Notices;
import uk.imap.shared.DomainException;

/** Backs admin/users.xhtml: administrators create, change, re-password and disable accounts (R20). */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    private String username;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String agency;
    private String teams;
    private List<AccountView> listed;
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
        username = account.username();
        roles = new ArrayList<>(account.roles());
        agency = account.agency();
        teams = String.join(" ", account.teams());
        password = null;
    }

    public void create() {
        act(() -> accounts.create(details(), password), "Account " + username + " created; it can sign in now.");
    }

    public void change() {
        act(() -> accounts.change(details()), "Roles, agency and teams of " + username + " saved.");
    }

    public void resetPassword() {
        act(() -> accounts.resetPassword(username, password), "New password set for " + username + ".");
    }

    public void disable() {
        act(() -> accounts.disable(username), "Account " + username + " disabled; it can no longer sign in.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.inform(done);
            listed = null;
            password = null;
        } catch (DomainException refused) {
            Notices.refuse("account", refused);
        }
    }

    private AccountDetails details() {
        Set<String> teamCodes = teams == null ? Set.of() : Arrays.stream(teams.split("[\\s,]+"))
                .filter(t -> !t.isBlank()).collect(Collectors.toSet());
        return new AccountDetails(username == null ? null : username.strip(), Set.copyOf(roles), agency, teamCodes);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getTeams() {
        return teams;
    }

    public void setTeams(String teams) {
        this.teams = teams;
    }
}
