/**
 * Control for sign-in and accounts: the signed-in person, the identity store, the lockout (R27), bearer tokens, the
 * ends of sessions and disabled accounts. These beans check no role; pages and resources reach them only through the
 * boundaries of uk.imap.access, and the security layer uses them before roles apply.
 */
package uk.imap.access.control;
