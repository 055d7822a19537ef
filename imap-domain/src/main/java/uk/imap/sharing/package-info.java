/**
 * Asking partner agencies and recording what they share (R10–R15): information requests, each to one agency with
 * its purpose, necessity and legal gateways; disclosures answering them item by item, with what was held back and
 * why; the maintained lists of agencies and legal gateways; and the response times set by RAG priority.
 */
package uk.imap.sharing;
