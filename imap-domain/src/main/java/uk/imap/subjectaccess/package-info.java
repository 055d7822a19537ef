/**
 * Subject access (R33, UK GDPR Article 15): everything IMAP holds about one person, gathered across enquiries into a
 * bundle for the hub to review and release, with every third party's name marked for review first.
 */
package uk.imap.subjectaccess;
