package uk.imap.document;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the document resources share: reading a multipart file, where a document lives, and how it is sent. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    static Upload upload(EntityPart file) {
        if (file == null) {
            return Upload.read(null, null);
        }
        return Upload.read(file.getFileName().orElse(null), file.getContent());
    }

    static URI of(DocumentView document) {
        return URI.create("documents/" + document.id());
    }

    /**
     * The file as an attachment under its own name, typed as its content showed: the browser saves it and never
     * guesses another type or runs anything in it.
     */
    static Response download(DocumentFile file) {
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        String plain = file.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "no-store")
                .build();
    }
}
