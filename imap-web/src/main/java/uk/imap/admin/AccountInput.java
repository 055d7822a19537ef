package uk.imap.admin;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.imap.access.AccountDetails;
import uk.imap.access.AccountView;

/**
 * An account as typed on admin/users.xhtml or sent to {@code /admin/users}: {username, password, roles, agency,
 * teams}. The page types the teams in one box, separated by spaces or commas.
 */
public class AccountInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String agency;
    private Set<String> teams = new TreeSet<>();

    /** The details these fields describe, for the account named {@code name}. */
    public AccountDetails details(String name) {
        return new AccountDetails(name == null ? null : name.strip(), roles == null ? null : Set.copyOf(roles),
                agency, teams);
    }

    /** The details for the account this input names itself. */
    public AccountDetails details() {
        return details(username);
    }

    /** Fills the fields from an account, to change it; the password is never shown. */
    public void fill(AccountView account) {
        username = account.username();
        roles = new ArrayList<>(account.roles());
        agency = account.agency();
        teams = new TreeSet<>(account.teams());
        password = null;
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

    public Set<String> getTeams() {
        return teams;
    }

    public void setTeams(Set<String> teams) {
        this.teams = teams;
    }

    /** The teams as the page's one box shows them. */
    @JsonbTransient
    public String getTeamsTyped() {
        return teams == null ? "" : String.join(" ", teams);
    }

    @JsonbTransient
    public void setTeamsTyped(String typed) {
        teams = typed == null ? new TreeSet<>() : Arrays.stream(typed.split("[\\s,]+")).filter(t -> !t.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
