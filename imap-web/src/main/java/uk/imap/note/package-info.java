/** POST and GET /enquiries/{reference}/notes, and the notes on the enquiry page (R29). */
package uk.imap.note;
