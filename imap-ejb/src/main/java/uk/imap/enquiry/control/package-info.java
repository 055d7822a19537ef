/**
 * Control for enquiries: finding a known enquiry within need to know (R16, in memory and as a query), remembering
 * for the rest of the transaction that the check passed, and emergency access's expiry (R23). These beans check no
 * role; only the boundaries call them, after their own checks.
 */
package uk.imap.enquiry.control;
