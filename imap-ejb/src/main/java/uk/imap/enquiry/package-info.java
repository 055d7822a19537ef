/**
 * The enquiry boundaries: drafting an enquiry at the front door, the worklist and reading one enquiry, each
 * under @RolesAllowed, need to know (R16) and with its audit event in the same transaction. No rules here
 * beyond load, call the domain, audit, return.
 */
package uk.imap.enquiry;
