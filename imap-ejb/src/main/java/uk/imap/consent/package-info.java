/**
 * The consent boundary: recording a decision on an enquiry and reading its history, within need to know and
 * each with its audit event. The rules of each kind live in the domain.
 */
package uk.imap.consent;
