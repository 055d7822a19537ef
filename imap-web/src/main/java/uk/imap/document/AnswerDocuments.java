package uk.imap.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import uk.imap.sharing.DisclosureForm;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs the documents of agency/answer.xhtml (R31): the agency attaches files to its answer and downloads them. */
@Named
@ViewScoped
public class AnswerDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    DisclosureForm answer;

    // The file of one request only: never kept with the view.
    private transient Part file;

    public void attach() throws IOException {
        try {
            Upload upload = Upload.of(file);
            documents.attachToAnswer(answer.getId(), upload.name(), upload.content());
            answer.load();
            Notices.inform(Document.safeNameOf(upload.name()) + " is attached to your agency's answer.");
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
