package uk.imap.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import uk.imap.shared.InvalidInput;

/**
 * A file attached to an enquiry by the hub, or to an agency's answer to one of its requests (R31). Its type is the
 * one read from its content; its SHA-256 goes into the audit events of its upload and every download, so a copy
 * can be matched to what IMAP holds. Never changed once added.
 */
@Entity
@Table(name = "document")
public class Document {

    /** The most a file may hold: a scanned referral form, not a video; below the server's 10 MB limit on a request. */
    public static final int MOST_BYTES = 8 * 1024 * 1024;

    static final int NAME_LENGTH = 200;

    /** The types a hub keeps, by what their content says they are, with the words people know them by. */
    public static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
            "application/msword", "Word document",
            "application/vnd.oasis.opendocument.text", "OpenDocument text",
            "application/rtf", "rich text",
            "text/plain", "plain text",
            "message/rfc822", "e-mail",
            "image/png", "PNG image",
            "image/jpeg", "JPEG image");

    @Id
    @SequenceGenerator(name = "document_id", sequenceName = "document_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_id")
    private Long id;

    @Column(name = "enquiry_id", nullable = false, updatable = false)
    private Long enquiryId;

    // Set when an agency attached the file to its answer to this request.
    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private long byteCount;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    // Read only for a download: listings select the other columns.
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, length = 100, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected Document() {
    }

    /**
     * A file as it arrived, checked.
     *
     * @param detectedType the type its content shows, whatever its name says
     * @param requestId    the request whose answer it belongs to; null for the hub's own
     * @throws InvalidInput naming the field {@code file} when it is empty, too large or not a kind the hub keeps
     */
    public static Document of(String givenName, byte[] content, String detectedType, Long enquiryId, Long requestId,
                              String by, OffsetDateTime at) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "Choose a file to attach: the file sent was empty");
        }
        if (content.length > MOST_BYTES) {
            throw new InvalidInput("file", "The file is larger than " + MOST_BYTES / (1024 * 1024)
                    + " MB: attach a smaller copy");
        }
        if (!ACCEPTED.containsKey(detectedType)) {
            throw new InvalidInput("file", "Attach a PDF, Word or OpenDocument text, rich or plain text, e-mail, PNG or"
                    + " JPEG image: by its content this file is " + detectedType + ", whatever its name says");
        }
        Document document = new Document();
        document.enquiryId = enquiryId;
        document.requestId = requestId;
        document.name = safeNameOf(givenName);
        document.mediaType = detectedType;
        document.byteCount = content.length;
        document.sha256 = sha256(content);
        document.content = content.clone();
        document.addedBy = by;
        document.addedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        return document;
    }

    /** The name a file given under {@code given} is kept under: no folders, no control characters, never empty. */
    public static String safeNameOf(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document";
        }
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    public DocumentView view() {
        return new DocumentView(id, name, mediaType, byteCount, sha256, addedBy, addedAt);
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public Long requestId() {
        return requestId;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
