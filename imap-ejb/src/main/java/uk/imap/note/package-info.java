/** The boundary for case notes and strategy discussions (R29). */
package uk.imap.note;
