package uk.imap.access;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person: user name, roles, agency and (for hub staff) teams, as the identity store says.
 *
 * @param team  the hub team the person's new enquiries belong to, or null for people outside the hub's teams
 * @param teams every hub team the person belongs to; a manager manages each of them
 */
public record StaffMember(String username, Set<String> roles, String agency, String team, Set<String> teams) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Set<String> all = new HashSet<>(teams == null ? Set.of() : teams);
        if (team != null) {
            all.add(team);
        }
        teams = Set.copyOf(all);
    }

    /** A member of one team, or of none. */
    public StaffMember(String username, Set<String> roles, String agency, String team) {
        this(username, roles, agency, team, Set.of());
    }

    /** Whether this person manages the hub team {@code team}. */
    public boolean manages(String hubTeam) {
        return has(Roles.MANAGER) && hubTeam != null && teams.contains(hubTeam);
    }

    /**
     * R16: whether this person works for a partner agency answering the hub's requests, and so sees a request as
     * asked of that agency, never the enquiry behind it.
     */
    public boolean answersForAnAgency() {
        return has(Roles.AGENCY_RESPONDER);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
