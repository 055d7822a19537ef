package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs index.xhtml: the signed-in practitioner's or manager's worklist. */
@Named
@ViewScoped
public class EnquiryWorklist implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    Enquiries enquiries;

    private Worklist worklist;

    public void load() {
        worklist = enquiries.worklist(null, 0, PAGE_SIZE);
    }

    public Worklist getWorklist() {
        return worklist;
    }
}
