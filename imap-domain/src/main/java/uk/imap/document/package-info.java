/**
 * R31: files kept with an enquiry (the hub's, such as a school's referral form) and with an agency's answer: typed
 * from their content, hashed, and never changed once added.
 */
package uk.imap.document;
