package uk.imap.enquiry.control;

import jakarta.persistence.TypedQuery;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;

/**
 * R16 for queries: the JPQL condition that keeps an enquiry {@code e} to those its owner, its assigned practitioners
 * and its team's manager may see, so that lists, counts and searches apply the same rule as {@link NeedToKnow} does to one enquiry. The
 * condition takes the member's own shape, so the database can use its indexes on owner and team.
 */
public final class WithinNeedToKnow {

    private WithinNeedToKnow() {
    }

    /** The condition on the enquiry aliased {@code e} for this member. */
    public static String condition(StaffMember member) {
        String assigned = "EXISTS (SELECT nka FROM Enquiry nke JOIN nke.assignees nka WHERE nke = e AND nka = :nkMe)";
        return managesATeam(member) ? "(e.owner = :nkMe OR e.team IN :nkTeams OR " + assigned + ")"
                : "(e.owner = :nkMe OR " + assigned + ")";
    }

    /** Binds the parameters of {@link #condition(StaffMember)}. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, StaffMember member) {
        query.setParameter("nkMe", member.username());
        if (managesATeam(member)) {
            query.setParameter("nkTeams", member.teams());
        }
        return query;
    }

    private static boolean managesATeam(StaffMember member) {
        return member.has(Roles.MANAGER) && !member.teams().isEmpty();
    }
}
