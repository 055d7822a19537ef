/**
 * R29: case notes and strategy discussions on an enquiry, written once and corrected only by a note that supersedes
 * them. The chronology that merges them with the rest of the case file is in {@code uk.imap.casefile}.
 */
package uk.imap.note;
