package uk.imap.document;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A document as it is listed (API.md "Additions"): what it is and who added it when, never its content. */
public record DocumentView(Long id, String name, String mediaType, long size, String sha256, String addedBy,
                           OffsetDateTime addedAt) implements Serializable {

    /** The size as people read it: "850 KB", "2.4 MB". */
    public String sizeInWords() {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return (size + 1023) / 1024 + " KB";
        }
        return Math.round(size * 10.0 / (1024 * 1024)) / 10.0 + " MB";
    }

    /** The kind of file in words, as the list of accepted types names it. */
    public String kind() {
        return Document.ACCEPTED.getOrDefault(mediaType, mediaType);
    }
}
