/**
 * The REST API's frame (API.md): its root at /api/v1, authentication for systems, and errors as
 * application/problem+json (RFC 9457). A problem's detail never holds a child's data, an exception
 * message or a stack trace.
 */
package uk.imap.api;
