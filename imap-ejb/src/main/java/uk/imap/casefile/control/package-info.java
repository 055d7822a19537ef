/**
 * Control for the case file: reading one enquiry with its consent history, requests and answers as the caller may
 * see them, the one way every read of an enquiry goes (R16, R18). It checks no role; the boundaries call it.
 */
package uk.imap.casefile.control;
