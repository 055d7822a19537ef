package uk.imap.access;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person: user name, roles, agency and (for hub staff) team, as the identity store says.
 *
 * @param team the hub team, or null for people outside the hub's teams
 */
public record StaffMember(String username, Set<String> roles, String agency, String team) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
