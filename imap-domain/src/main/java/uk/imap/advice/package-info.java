/**
 * Advice without identity (R17): a practitioner asks a manager or the Caldicott Guardian about an enquiry, and the
 * advisor sees the question and summary with people, places and identifiers replaced by roles.
 */
package uk.imap.advice;
