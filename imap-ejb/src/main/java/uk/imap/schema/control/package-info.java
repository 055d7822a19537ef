/**
 * Control for the schema and the records: brings the database schema up to date with Flyway before anything else
 * touches it (the migrations under db/migration are the schema; no SQL of its own here), and holds each changed record
 * on this server from its read to its commit (R21).
 */
package uk.imap.schema.control;
