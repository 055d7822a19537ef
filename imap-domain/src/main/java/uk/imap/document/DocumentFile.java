package uk.imap.document;

/** A document's content for one download, with the name and type to send it under. */
public record DocumentFile(String name, String mediaType, String sha256, byte[] content) {
}
