/**
 * Control for working days: the hub's calendar of bank holidays that due times are counted in. It checks no role.
 */
package uk.imap.calendar.control;
