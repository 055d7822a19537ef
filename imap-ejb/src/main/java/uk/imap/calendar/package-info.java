/** The hub's working calendar, read from the maintained bank-holiday table. It must not decide what is due. */
package uk.imap.calendar;
