package uk.imap.enquiry;

import uk.imap.access.Roles;
import uk.imap.access.StaffMember;

/**
 * R16: a person sees an enquiry only when it owns it, is assigned to it, or manages its team. Agency responders see
 * the requests addressed to them, not the enquiry; emergency access (R23) is granted per person and per enquiry by
 * the boundaries. R13: sensitive and restricted content is for the owner, the team's manager and the Caldicott
 * Guardian only. Changes are for the owner and the team's manager ({@link #permitsChange}).
 */
public final class NeedToKnow {

    private final StaffMember member;

    private NeedToKnow(StaffMember member) {
        this.member = member;
    }

    public static NeedToKnow of(StaffMember member) {
        return new NeedToKnow(member);
    }

    public boolean permits(Custody enquiry) {
        return ownedBy(enquiry) || enquiry.assignees().contains(member.username()) || managesTeamOf(enquiry);
    }

    /**
     * Whether this person may change the enquiry: its owner and its team's manager only. Being assigned, or holding
     * emergency access, lets a person read it, never change it.
     */
    public boolean permitsChange(Custody enquiry) {
        return ownedBy(enquiry) || managesTeamOf(enquiry);
    }

    /** R13: whether the content of sensitive and restricted items on this enquiry is this person's to see. */
    public boolean seesGuardedContent(Custody enquiry) {
        return ownedBy(enquiry) || managesTeamOf(enquiry) || member.has(Roles.CALDICOTT_GUARDIAN);
    }

    /** Whether this person may hand the enquiry over or assign practitioners to it. */
    public boolean managesTeamOf(Custody enquiry) {
        return member.manages(enquiry.team());
    }

    private boolean ownedBy(Custody enquiry) {
        return member.username().equals(enquiry.owner());
    }
}
