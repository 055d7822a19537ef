/**
 * Consent on the enquiry page and at /enquiries/{reference}/consent-decisions. Turns text into a
 * {@link uk.imap.consent.ConsentDetails} and shows each refusal next to its field; the rules are the domain's.
 */
package uk.imap.consent;
