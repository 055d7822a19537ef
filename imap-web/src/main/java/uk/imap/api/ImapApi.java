package uk.imap.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1: a promise to partner systems, changed only by adding. */
@ApplicationPath("/api/v1")
public class ImapApi extends Application {
}
