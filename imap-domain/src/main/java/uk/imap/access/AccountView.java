package uk.imap.access;

import java.io.Serializable;
import java.util.Set;

/** One account as the realm holds it: its roles (including any the application does not know), agency and teams. */
public record AccountView(String username, Set<String> roles, String agency, Set<String> teams, boolean disabled)
        implements Serializable {
}
