/** GET /people/matches: the duplicate-person check for partner systems' intake (R24). */
package uk.imap.person;
