/**
 * Whether this server can take work, as MicroProfile Health reports it to load balancers and operations staff.
 * It reads only what readiness needs (the database answering, the audit chain head and the last event's hash)
 * and must never report anything a case record or an audit event says.
 */
package uk.imap.health;
