package uk.imap.retention.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.casefile.control.KeptViews;
import uk.imap.casefile.control.WrittenViews;
import uk.imap.report.control.EnquiryRecords;
import uk.imap.sharing.control.AskedViews;

/**
 * R33: erases the personal content of the rows that belong to one enquiry, in place, table by table: who said what
 * about whom, every free text a person typed, the names of people present, and the documents. What stays is
 * structure (ids, codes, dates, who on the staff did what) so counts, the decision statistics (R25) and the audit
 * trail's references still hold. The enquiry's own row is erased by {@code Enquiry.dispose}.
 */
@ApplicationScoped
public class EnquiryErasure {

    private static final String REQUESTS = "SELECT id FROM information_request WHERE enquiry_id = ?1";
    private static final String DISCLOSURES = "SELECT d.id FROM disclosure d JOIN information_request r"
            + " ON d.information_request_id = r.id WHERE r.enquiry_id = ?1";

    /** One statement per table, with the enquiry's id as ?1; a table added with personal content belongs here. */
    static final List<String> STATEMENTS = List.of(
            // A kept view holds all that follows. Another enquiry whose people link to this one's changes with the
            // link's removal below, so it moves to a new version: no view kept of it before is used again.
            "UPDATE enquiry SET view_document = NULL, view_document_version = NULL WHERE id = ?1",
            "UPDATE enquiry SET version = version + 1, view_document = NULL, view_document_version = NULL"
                    + " WHERE id <> ?1 AND id IN (SELECT enquiry_id FROM subject WHERE linked_subject_id IN ("
                    + "SELECT id FROM subject WHERE enquiry_id = ?1))",
            // Another enquiry's subject linked as the same person loses the link, not its own record.
            "UPDATE subject SET linked_subject_id = NULL"
                    + " WHERE linked_subject_id IN (SELECT id FROM subject WHERE enquiry_id = ?1)",
            "DELETE FROM subject WHERE enquiry_id = ?1",
            "UPDATE consent_decision SET given_by = NULL, statement = NULL, justification = NULL, service = NULL,"
                    + " agreed_by = NULL, capacity_notes = NULL WHERE enquiry_id = ?1",
            "UPDATE information_request SET purpose = '', necessity = '', help_if_provided = '',"
                    + " hindrance_if_withheld = '', withdrawal_reason = NULL WHERE enquiry_id = ?1",
            "UPDATE disclosure SET reasons = '', correction_reason = NULL WHERE information_request_id IN ("
                    + REQUESTS + ")",
            "UPDATE disclosure_item SET content = '', outside_request_justification = NULL WHERE disclosure_id IN ("
                    + DISCLOSURES + ")",
            "UPDATE disclosure_retained SET description = '', reason = '' WHERE disclosure_id IN (" + DISCLOSURES + ")",
            "UPDATE consent_override SET justification = '', harm_of_sharing = '', harm_of_not_sharing = '',"
                    + " decision_reasons = NULL WHERE enquiry_id = ?1",
            "UPDATE emergency_access SET reason = '' WHERE enquiry_id = ?1",
            "UPDATE review SET reason = NULL, comment = NULL"
                    + " WHERE enquiry_reference = (SELECT reference FROM enquiry WHERE id = ?1)",
            "UPDATE advice_request SET question = '', anonymised_question = '', anonymised_summary = '', answer = NULL"
                    + " WHERE enquiry_id = ?1",
            "DELETE FROM case_note_participant WHERE case_note_id IN (SELECT id FROM case_note WHERE enquiry_id = ?1)",
            "UPDATE case_note SET body = '', decision = NULL, next_steps = NULL WHERE enquiry_id = ?1",
            "UPDATE assignment_change SET reason = '' WHERE enquiry_id = ?1",
            "DELETE FROM document WHERE enquiry_id = ?1",
            "UPDATE online_referral SET referrer_email = '' WHERE enquiry_id = ?1",
            "UPDATE legal_hold SET reason = '' WHERE enquiry_id = ?1");

    /** Audit events' reasons are erased a few hundred records at a time. */
    static final int RECORDS_PER_STATEMENT = 200;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    EnquiryRecords records;

    @Inject
    AuditSequencer sequencer;

    @Inject
    KeptViews keptViews;

    @Inject
    WrittenViews writtenViews;

    @Inject
    AskedViews askedViews;

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs in the caller's transaction: the erasure and the disposal's audit event commit together or not at all.
     * The reasons of the audit events about the enquiry and everything that belongs to it go too, where the event's
     * hash covers the reason's digest (R19 still verifies every link); what was done, by whom and when stays.
     */
    public void erase(String reference, long enquiryId) {
        Map<String, List<String>> belonging = records.of(reference);
        for (String statement : STATEMENTS) {
            em.createNativeQuery(statement).setParameter(1, enquiryId).executeUpdate();
        }
        forgetHeld(reference, enquiryId);
        // Reasons still waiting for the sequencer are placed first, so they are erased with the rest.
        sequencer.placeWaiting();
        belonging.forEach((type, ids) -> {
            for (int from = 0; from < ids.size(); from += RECORDS_PER_STATEMENT) {
                eraseReasons(type, ids.subList(from, Math.min(ids.size(), from + RECORDS_PER_STATEMENT)));
            }
        });
    }

    // What this server holds in memory of the enquiry goes now, and again once the erasure has committed: a read that
    // met the enquiry as it was, before the commit, may have held it again meanwhile.
    private void forgetHeld(String reference, long enquiryId) {
        keptViews.forget(enquiryId);
        writtenViews.forget(reference);
        askedViews.forget(enquiryId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: only what is held after the commit matters
            }

            @Override
            public void afterCompletion(int status) {
                keptViews.forget(enquiryId);
                writtenViews.forget(reference);
                askedViews.forget(enquiryId);
            }
        });
    }

    private void eraseReasons(String recordType, List<String> ids) {
        String placeholders = IntStream.rangeClosed(2, ids.size() + 1).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        Query erase = em.createNativeQuery("UPDATE audit_event SET reason = NULL WHERE record_type = ?1"
                + " AND record_id IN (" + placeholders + ") AND reason_digest IS NOT NULL AND reason IS NOT NULL");
        erase.setParameter(1, recordType);
        for (int i = 0; i < ids.size(); i++) {
            erase.setParameter(i + 2, ids.get(i));
        }
        erase.executeUpdate();
    }
}
