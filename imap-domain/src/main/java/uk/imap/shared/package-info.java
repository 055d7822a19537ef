/**
 * Building blocks every feature uses: the base domain exception and the field problems it carries.
 * Nothing feature-specific lives here, and nothing here knows about EJB, Faces or REST.
 */
package uk.imap.shared;
