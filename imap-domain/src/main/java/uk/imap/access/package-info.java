/**
 * Who is asking: the six roles of SPEC.md, the signed-in staff member, and the need-to-know rule (R16)
 * that decides which records a staff member may see. It must not read identities itself: the EJB tier
 * builds a {@link uk.imap.access.StaffMember} from the server's security identity.
 */
package uk.imap.access;
