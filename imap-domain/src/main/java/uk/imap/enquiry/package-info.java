/**
 * The enquiry: a concern about one or more children, from intake in DRAFT to CLOSED, with its subjects,
 * referrer, threshold view and RAG priority. Its rules live on {@link uk.imap.enquiry.Enquiry} and its value
 * objects; it must not decide who may see an enquiry beyond what {@link uk.imap.enquiry.NeedToKnow} says.
 */
package uk.imap.enquiry;
