package uk.imap.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * What an administrator says about an account: its roles, agency and teams; and, for a new account, its user name.
 * Checked before anything reaches the identity store, so bad input changes nothing.
 */
public record AccountDetails(String username, Set<String> roles, String agency, Set<String> teams) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

    public AccountDetails {
        roles = roles == null ? Set.of() : Set.copyOf(new TreeSet<>(roles));
        teams = teams == null ? Set.of() : Set.copyOf(new TreeSet<>(teams));
        agency = agency == null || agency.isBlank() ? null : agency.strip();
    }

    /**
     * The details, checked: a user name of 3 to 64 lower-case letters, digits, dots, dashes or underscores; only the
     * six roles; agency and team codes in capitals; an agency responder's agency one of the partner agencies (staff
     * of the council may name their own service, such as IT).
     *
     * @param agencies the partner agencies' codes
     */
    public AccountDetails checked(Set<String> agencies) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "A user name is 3 to 64 lower-case letters, digits, dots,"
                    + " dashes or underscores, starting with a letter or digit."));
        }
        roles.stream().filter(role -> !Roles.ALL.contains(role)).findFirst().ifPresent(role -> problems.add(
                new FieldProblem("roles", "There is no role called " + role + "; the roles are "
                        + String.join(", ", Roles.ALL) + ".")));
        if (roles.contains(Roles.AGENCY_RESPONDER) && (agency == null || !agencies.contains(agency))) {
            problems.add(new FieldProblem("agency", "An agency responder answers for one of the partner agencies;"
                    + " give its code."));
        } else if (agency != null && !CODE.matcher(agency).matches()) {
            problems.add(new FieldProblem("agency", "An agency or service code is capital letters, digits and"
                    + " underscores, such as POLICE."));
        }
        teams.stream().filter(team -> !CODE.matcher(team).matches()).findFirst().ifPresent(team -> problems.add(
                new FieldProblem("teams", "A team code is capital letters, digits and underscores, such as"
                        + " HUB_TEAM_A.")));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }

    /** Roles this account gains compared with {@code before}. */
    public Set<String> grantedSince(Set<String> before) {
        Set<String> granted = new TreeSet<>(roles);
        granted.removeAll(before);
        return granted;
    }

    /** Roles this account loses compared with {@code before}. */
    public Set<String> removedSince(Set<String> before) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(roles);
        return removed;
    }
}
