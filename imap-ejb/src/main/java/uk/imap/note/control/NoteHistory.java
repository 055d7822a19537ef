package uk.imap.note.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.enquiry.Enquiry;
import uk.imap.note.CaseNote;
import uk.imap.note.CaseNoteView;

/** An enquiry's case notes, oldest first, each marked with the note that corrected it; its reader audits the read. */
@ApplicationScoped
public class NoteHistory {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    public List<CaseNoteView> of(Enquiry enquiry) {
        List<CaseNote> notes = em.createQuery("SELECT n FROM CaseNote n WHERE n.enquiryId = :enquiry"
                + " ORDER BY n.writtenAt, n.id", CaseNote.class).setParameter("enquiry", enquiry.id()).getResultList();
        Map<Long, Long> correctedBy = new HashMap<>();
        notes.stream().filter(note -> note.supersedes() != null)
                .forEach(note -> correctedBy.put(note.supersedes(), note.id()));
        return notes.stream().map(note -> CaseNoteView.of(note, correctedBy.get(note.id()))).toList();
    }
}
