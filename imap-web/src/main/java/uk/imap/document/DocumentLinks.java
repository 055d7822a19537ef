package uk.imap.document;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the document resources and pages share: reading a multipart file, where a document lives, how it is sent. */
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
        Response.ResponseBuilder response = Response.ok(file.content(), file.mediaType());
        safeHeaders(file).forEach(response::header);
        return response.build();
    }

    /** The same file from a page, in place of the page. */
    static void sendFromPage(DocumentFile file) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(file.mediaType());
        safeHeaders(file).forEach(external::setResponseHeader);
        external.setResponseContentLength(file.content().length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.content());
        }
        faces.responseComplete();
    }

    private static Map<String, String> safeHeaders(DocumentFile file) {
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        String plain = file.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Map.of("Content-Disposition", "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded,
                "X-Content-Type-Options", "nosniff",
                "Content-Security-Policy", "default-src 'none'; sandbox",
                "Cache-Control", "no-store");
    }
}
