package uk.imap.enquiry;

import uk.imap.access.Roles;
import uk.imap.access.StaffMember;

/**
 * R16: a person sees an enquiry only when it owns it or manages its team. Assignment, agency requests and
 * emergency access widen this as those features arrive; everything else is refused.
 */
public final class NeedToKnow {

    private final StaffMember member;

    private NeedToKnow(StaffMember member) {
        this.member = member;
    }

    public static NeedToKnow of(StaffMember member) {
        return new NeedToKnow(member);
    }

    public boolean permits(Enquiry enquiry) {
        if (enquiry.isOwnedBy(member)) {
            return true;
        }
        return member.has(Roles.MANAGER) && member.team() != null && member.team().equals(enquiry.team());
    }
}
