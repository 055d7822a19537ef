/**
 * The duplicate-person check at intake (R24): people on enquiries within the caller's need to know who may be the
 * one being typed. Offers only; never links by itself.
 */
package uk.imap.person;
