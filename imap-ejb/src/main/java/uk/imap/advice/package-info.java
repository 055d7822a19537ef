/** The boundary for advice without identity (R17). */
package uk.imap.advice;
