package uk.imap.audit.control;

import uk.imap.access.StaffMember;

/**
 * Who is acting in the current call, as the audit trail names them (R18). Sign-in supplies it, so the audit trail
 * needs nothing of how people sign in, and sign-in can record its own events without a loop between the two.
 */
public interface Acting {

    StaffMember member();
}
