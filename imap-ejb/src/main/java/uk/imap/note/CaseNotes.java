package uk.imap.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.note.control.NoteHistory;

/**
 * R29: case notes and strategy discussions on an enquiry, written by those who work on it and read within need to
 * know (R16); each written note and each reading of the list is an audit event (R18).
 */
@Stateless
public class CaseNotes {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    KnownEnquiries known;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    NoteHistory history;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public CaseNoteView write(String reference, NoteDetails details) {
        Enquiry enquiry = known.forAddition(reference);
        CaseNote corrected = details.supersedes() == null ? null : em.find(CaseNote.class, details.supersedes());
        boolean alreadyCorrected = corrected != null && em.createQuery("SELECT COUNT(n) FROM CaseNote n"
                + " WHERE n.supersedes = :note", Long.class).setParameter("note", corrected.id()).getSingleResult() > 0;
        CaseNote note = CaseNote.write(enquiry.id(), details, corrected, alreadyCorrected,
                signedIn.member().username(), OffsetDateTime.now(clock));
        em.persist(note);
        em.flush();
        auditTrail.record(AuditAction.NOTE_WRITTEN, RecordType.CASE_NOTE, String.valueOf(note.id()),
                note.kind().label() + " on " + enquiry.reference().value());
        return CaseNoteView.of(note, null);
    }

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<CaseNoteView> list(String reference) {
        Enquiry enquiry = known.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.NOTES_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return history.of(enquiry);
    }
}
