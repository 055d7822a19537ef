/** Reference data that administrators keep, under /admin. Each change is audited by its boundary. */
package uk.imap.admin;
