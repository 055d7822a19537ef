/**
 * Control for information sharing: known requests within need to know, the answers an enquiry has, guarded items
 * (R13), escalation of overdue requests (R15) and the agencies' mailboxes. These beans check no role; only the
 * boundaries call them, after their own checks.
 */
package uk.imap.sharing.control;
