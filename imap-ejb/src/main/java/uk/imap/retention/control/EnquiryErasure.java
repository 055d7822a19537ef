package uk.imap.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /** Runs in the caller's transaction: the erasure and the disposal's audit event commit together or not at all. */
    public void erase(long enquiryId) {
        for (String statement : STATEMENTS) {
            em.createNativeQuery(statement).setParameter(1, enquiryId).executeUpdate();
        }
    }
}
