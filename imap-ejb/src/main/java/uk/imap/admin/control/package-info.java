/** Control for the reference lists: their names as every page shows them, held on the server (R10, R20). */
package uk.imap.admin.control;
