package uk.imap.enquiry;

import jakarta.persistence.TypedQuery;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;

/**
 * R16 for queries: the JPQL condition that keeps an enquiry {@code e} to those its owner and its team's manager may
 * see, so that lists, counts and searches apply the same rule as {@link NeedToKnow} does to one enquiry.
 */
public final class WithinNeedToKnow {

    /** The condition on the enquiry aliased {@code e}. */
    public static final String CONDITION =
            "(e.owner = :nkMe OR (:nkManager = TRUE AND e.team IS NOT NULL AND e.team = :nkTeam))";

    private WithinNeedToKnow() {
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, StaffMember member) {
        return query.setParameter("nkMe", member.username())
                .setParameter("nkManager", member.has(Roles.MANAGER))
                .setParameter("nkTeam", member.team() == null ? "" : member.team());
    }
}
