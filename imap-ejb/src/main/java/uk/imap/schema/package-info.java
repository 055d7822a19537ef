/**
 * Brings the database schema up to date with Flyway before anything else touches it. It must not hold
 * SQL of its own: the migrations under db/migration are the schema.
 */
package uk.imap.schema;
