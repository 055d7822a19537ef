package uk.imap.enquiry;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** R33 on pages: a disposed enquiry's pages answer 410 and say when it was disposed of and under which entry. */
final class EnquiryGone {

    private EnquiryGone() {
    }

    static void show(EnquiryDisposed gone) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(410, gone.getMessage());
        faces.responseComplete();
    }
}
