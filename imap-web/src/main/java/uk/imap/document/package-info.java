/** R31: documents over the API (multipart upload, listing, download) and on the enquiry's and the answer's pages. */
package uk.imap.document;
