/**
 * Who is signed in, read from the server's Elytron security identity: user name, roles and the Agency and
 * Team attributes of the identity store. It must not grant anything: the boundaries decide with the domain's rules.
 */
package uk.imap.access;
