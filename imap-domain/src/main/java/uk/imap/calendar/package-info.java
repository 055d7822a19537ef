/**
 * The hub's working days (R15): weekends and the England and Wales bank holidays of a maintained table are not
 * working days. It must not know what is due: callers ask it for the next working day.
 */
package uk.imap.calendar;
