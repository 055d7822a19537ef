/** Administration of the lists records are kept with: legal gateways and concern categories (R10, R20). */
package uk.imap.admin;
