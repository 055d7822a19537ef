package uk.imap.enquiry.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;

/**
 * R16 for queries: the JPQL condition that keeps an enquiry {@code e} to those its owner, its assigned practitioners
 * and its team's manager may see, so that lists, counts and searches apply the same rule as {@link NeedToKnow} does
 * to one enquiry.
 *
 * <p>The enquiries the member is assigned to are read first and named by id, so every branch of the condition is a
 * plain comparison the database can answer from an index (owner, team, primary key). Asked per row as a correlated
 * subquery, the same condition made PostgreSQL scan every enquiry for each count and page of the worklist.
 */
public final class WithinNeedToKnow {

    // Beyond this many, the ids stay in the database as a subquery: a statement's parameters are limited.
    private static final int NAMED_AT_MOST = 1000;

    private final StaffMember member;
    private final List<Long> assigned;
    private final int namedAtMost;
    private final boolean teams;

    private WithinNeedToKnow(StaffMember member, List<Long> assigned, int namedAtMost, boolean teams) {
        this.member = member;
        this.assigned = assigned;
        this.namedAtMost = namedAtMost;
        this.teams = teams;
    }

    /** The condition for this member, with the enquiries they are assigned to read from {@code em}. */
    public static WithinNeedToKnow of(StaffMember member, EntityManager em) {
        return of(member, em, NAMED_AT_MOST);
    }

    /**
     * As {@link #of(StaffMember, EntityManager)}, naming at most {@code namedAtMost} assigned enquiries by id before
     * falling back to the subquery; both forms must keep the same enquiries.
     */
    public static WithinNeedToKnow of(StaffMember member, EntityManager em, int namedAtMost) {
        return new WithinNeedToKnow(member, assignedTo(member, em, namedAtMost), namedAtMost, true);
    }

    /**
     * The person's own work alone: the enquiries they own or are assigned to, without the teams a manager sees.
     * What their tasks are made of.
     */
    public static WithinNeedToKnow ownedOrAssigned(StaffMember member, EntityManager em) {
        return new WithinNeedToKnow(member, assignedTo(member, em, NAMED_AT_MOST), NAMED_AT_MOST, false);
    }

    // In SQL: the same question in JPQL was prepared afresh at every call (a limit set on a query taken from the
    // persistence unit's cache of parsed queries undoes its preparation): 7 % of a worklist's own work in issue 16's
    // profile.
    private static List<Long> assignedTo(StaffMember member, EntityManager em, int namedAtMost) {
        List<?> ids = em.createNativeQuery("SELECT enquiry_id FROM enquiry_assignee WHERE username = ?1 LIMIT "
                + (namedAtMost + 1)).setParameter(1, member.username()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The condition on the enquiry aliased {@code e}. */
    public String condition() {
        String assignedTo = assigned.isEmpty() ? "" : assigned.size() > namedAtMost
                ? " OR e.id IN (SELECT nke.id FROM Enquiry nke JOIN nke.assignees nka WHERE nka = :nkMe)"
                : " OR e.id IN :nkAssigned";
        return "(e.owner = :nkMe" + (managesATeam() ? " OR e.team IN :nkTeams" : "") + assignedTo + ")";
    }

    /** Binds the parameters of {@link #condition()}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        query.setParameter("nkMe", member.username());
        if (managesATeam()) {
            query.setParameter("nkTeams", member.teams());
        }
        if (!assigned.isEmpty() && assigned.size() <= namedAtMost) {
            query.setParameter("nkAssigned", assigned);
        }
        return query;
    }

    /**
     * {@link #condition()} in SQL, on the enquiry table aliased {@code e}, for statements EclipseLink would prepare
     * afresh at every limit as JPQL; its values are added to {@code parameters}.
     */
    public String sqlCondition(NumberedParameters parameters) {
        StringBuilder sql = new StringBuilder("(e.owner = ").append(parameters.of(member.username()));
        if (managesATeam()) {
            sql.append(" OR e.team IN (").append(parameters.ofEach(member.teams())).append(')');
        }
        if (assigned.size() > namedAtMost) {
            sql.append(" OR e.id IN (SELECT nka.enquiry_id FROM enquiry_assignee nka WHERE nka.username = ")
                    .append(parameters.of(member.username())).append(')');
        } else if (!assigned.isEmpty()) {
            sql.append(" OR e.id IN (").append(parameters.ofEach(assigned)).append(')');
        }
        return sql.append(')').toString();
    }

    private boolean managesATeam() {
        return teams && member.has(Roles.MANAGER) && !member.teams().isEmpty();
    }
}
