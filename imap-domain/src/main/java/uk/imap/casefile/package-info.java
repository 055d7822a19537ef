/**
 * The case file as people and partner systems read it: one enquiry with its consent history, requests and answers,
 * overrides and advice, built from the domain's records.
 */
package uk.imap.casefile;
