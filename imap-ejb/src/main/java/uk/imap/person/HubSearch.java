package uk.imap.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Subject;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.control.WithinNeedToKnow;

/**
 * R28: the search box. It looks only among enquiries the searcher may see (R16), so what lies outside is neither
 * named nor counted; each enquiry it shows is an audited read (R18).
 */
@Stateless
public class HubSearch {

    /** The most people, and the most enquiries, one search shows: a search is narrowed, not scrolled. */
    static final int MOST = 25;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public SearchResults find(String typed) {
        SearchTerms terms = SearchTerms.read(typed);
        SearchResults results = terms.byReference() ? byReference(terms) : byPerson(terms);
        Map<String, Boolean> shown = new LinkedHashMap<>();
        results.enquiries().forEach(enquiry -> shown.put(enquiry.reference(), true));
        results.people().forEach(person -> person.enquiries().forEach(e -> shown.put(e.reference(), true)));
        shown.keySet().forEach(reference ->
                auditTrail.record(AuditAction.SEARCH_RESULTS_READ, RecordType.ENQUIRY, reference));
        return results;
    }

    private SearchResults byReference(SearchTerms terms) {
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        List<Enquiry> found = within.bind(em.createQuery("SELECT e FROM Enquiry e WHERE e.reference = :ref"
                        + " AND " + within.condition(), Enquiry.class))
                .setParameter("ref", EnquiryReference.parse(terms.reference()))
                .getResultList();
        return new SearchResults(List.of(), found.stream().map(HubSearch::found).toList());
    }

    private SearchResults byPerson(SearchTerms terms) {
        List<String> matches = new ArrayList<>();
        if (terms.byDateOfBirth()) {
            matches.add("s.dateOfBirth = :born");
        }
        if (terms.eitherNameSound() != null) {
            matches.add("s.givenNameKey = :either OR s.familyNameKey = :either");
        }
        if (terms.givenNameSound() != null && terms.familyNameSound() != null) {
            // People type names in either order: "Hale Ari" finds Ari Hale.
            matches.add("(s.givenNameKey = :given AND s.familyNameKey = :family)"
                    + " OR (s.givenNameKey = :family AND s.familyNameKey = :given)");
        }
        if (terms.addressPart() != null) {
            matches.add("s.addressKey LIKE :address");
        }
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        TypedQuery<Object[]> query = within.bind(em.createQuery("SELECT e, s FROM Enquiry e JOIN e.subjects s"
                + " WHERE " + within.condition()
                + " AND (" + String.join(" OR ", matches) + ") ORDER BY e.createdAt DESC, s.id", Object[].class));
        bindTerms(query, terms);
        Map<Long, FoundPerson> people = new LinkedHashMap<>();
        Map<String, FoundEnquiry> enquiries = new LinkedHashMap<>();
        for (Object[] row : query.setMaxResults(MOST * 8).getResultList()) {
            Enquiry enquiry = (Enquiry) row[0];
            Subject subject = (Subject) row[1];
            Long person = subject.linkedSubjectId() != null ? subject.linkedSubjectId() : subject.id();
            if (!people.containsKey(person) && people.size() < MOST) {
                people.put(person, new FoundPerson(subject.id(), subject.givenName(), subject.familyName(),
                        subject.dateOfBirth(), new ArrayList<>()));
            }
            FoundPerson found = people.get(person);
            if (found != null && found.enquiries().stream().noneMatch(e -> e.reference().equals(reference(enquiry)))) {
                found.enquiries().add(new EnquiryOfPerson(reference(enquiry), enquiry.status(), enquiry.outcome()));
            }
            if (enquiries.size() < MOST) {
                enquiries.putIfAbsent(reference(enquiry), found(enquiry));
            }
        }
        return new SearchResults(List.copyOf(people.values()), List.copyOf(enquiries.values()));
    }

    private static void bindTerms(TypedQuery<Object[]> query, SearchTerms terms) {
        if (terms.byDateOfBirth()) {
            query.setParameter("born", terms.dateOfBirth());
        }
        if (terms.eitherNameSound() != null) {
            query.setParameter("either", terms.eitherNameSound());
        }
        if (terms.givenNameSound() != null && terms.familyNameSound() != null) {
            query.setParameter("given", terms.givenNameSound()).setParameter("family", terms.familyNameSound());
        }
        if (terms.addressPart() != null) {
            query.setParameter("address", "%" + terms.addressPart() + "%");
        }
    }

    private static String reference(Enquiry enquiry) {
        return enquiry.reference().value();
    }

    private static FoundEnquiry found(Enquiry enquiry) {
        return new FoundEnquiry(reference(enquiry), enquiry.status(), enquiry.priority(), enquiry.subjects().stream()
                .filter(subject -> subject.kind() == SubjectKind.CHILD)
                .map(subject -> subject.givenName() + " " + subject.familyName()).toList());
    }
}
