/** The REST resources and pages for asking agencies and recording their answers (R10–R15). */
package uk.imap.sharing;
