/**
 * The enquiry pages (worklist, intake form, detail) and the /enquiries REST resource. They hold form state,
 * turn text into domain values, call one boundary method per action and put each refusal next to its field;
 * they hold no rules.
 */
package uk.imap.enquiry;
