package uk.imap.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs the documents of enquiry/detail.xhtml (R31): attaching a file to the enquiry, downloading any of them. */
@Named
@ViewScoped
public class EnquiryDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    EnquiryDetail detail;

    // The file of one request only: never kept with the view.
    private transient Part file;

    public void attach() {
        try {
            Upload upload = Upload.of(file);
            detail.change(() -> documents.attachToEnquiry(detail.getReference(), upload.name(), upload.content()));
            Notices.inform(Document.safeNameOf(upload.name()) + " is attached to the enquiry.");
        } catch (DomainException refused) {
            Notices.refuse("documents", refused);
        } finally {
            file = null;
        }
    }

    /** The document in place of the page; the download is audited with its hash. */
    public void download(long id) throws IOException {
        try {
            DocumentLinks.sendFromPage(documents.download(id));
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
