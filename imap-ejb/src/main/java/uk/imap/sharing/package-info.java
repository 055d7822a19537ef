/**
 * The boundaries for asking agencies and recording their answers (R10–R15): requests sent and withdrawn by the hub,
 * the agency portal's list and disclosures, the overdue notices, and the lists and response times they draw on.
 */
package uk.imap.sharing;
