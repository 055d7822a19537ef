package uk.imap.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R20: the records that belong to one enquiry, as the audit trail names them (record type and id), so that access by
 * record covers everything a subject access request or an investigation about the enquiry needs: the enquiry, its
 * requests to agencies, their disclosures and disclosed items, consent overrides, advice, emergency access and the
 * Caldicott Guardian's reviews, the people it is about, its case notes and its documents. Only ids are read, never what the
 * records say.
 */
@ApplicationScoped
public class EnquiryRecords {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /** Record ids by record type; empty when there is no enquiry with this reference. */
    public Map<String, List<String>> of(String reference) {
        List<?> enquiry = em.createNativeQuery("SELECT id FROM enquiry WHERE reference = ?1")
                .setParameter(1, reference).getResultList();
        if (enquiry.isEmpty()) {
            return Map.of();
        }
        long id = ((Number) enquiry.get(0)).longValue();
        Map<String, List<String>> records = new LinkedHashMap<>();
        records.put("Enquiry", List.of(reference));
        // Emergency access is recorded under the enquiry's reference.
        records.put("EmergencyAccess", List.of(reference));
        records.put("InformationRequest", ids("SELECT id FROM information_request WHERE enquiry_id = ?1", id));
        records.put("Disclosure", ids("SELECT d.id FROM disclosure d JOIN information_request r"
                + " ON d.information_request_id = r.id WHERE r.enquiry_id = ?1", id));
        records.put("DisclosedItem", ids("SELECT i.id FROM disclosure_item i JOIN disclosure d ON i.disclosure_id = d.id"
                + " JOIN information_request r ON d.information_request_id = r.id WHERE r.enquiry_id = ?1", id));
        records.put("ConsentOverride", ids("SELECT id FROM consent_override WHERE enquiry_id = ?1", id));
        records.put("AdviceRequest", ids("SELECT id FROM advice_request WHERE enquiry_id = ?1", id));
        records.put("Subject", ids("SELECT id FROM subject WHERE enquiry_id = ?1", id));
        records.put("CaseNote", ids("SELECT id FROM case_note WHERE enquiry_id = ?1", id));
        records.put("Document", ids("SELECT id FROM document WHERE enquiry_id = ?1", id));
        records.put("Review", ids("SELECT id FROM review WHERE enquiry_reference = ?1", reference));
        records.values().removeIf(List::isEmpty);
        return records;
    }

    private List<String> ids(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList().stream()
                .map(value -> String.valueOf(((Number) value).longValue())).toList();
    }
}
