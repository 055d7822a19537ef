/**
 * The case file boundary: the enquiry page opens an enquiry's case file, and runs its changes, in one transaction
 * each, with one need-to-know check (R16) and the events the action needs (R18).
 */
package uk.imap.casefile;
