package uk.imap.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.PersonKeys;
import uk.imap.enquiry.Subject;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.person.control.LinkedPeople;

/**
 * R24: people already known who may be the same as one typed at intake, found by date of birth with a name that
 * sounds alike, by both names sounding alike, or by the same address; only on enquiries the caller may see (R16).
 * R28: a person's own page, across the enquiries they were linked on.
 */
@Stateless
public class People {

    static final int MOST = 10;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    LinkedPeople linkedPeople;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<PossibleMatch> possibleMatches(String givenName, String familyName, LocalDate dateOfBirth,
                                              String address) {
        return possibleMatches(givenName, familyName, dateOfBirth, address, null);
    }

    /** As above, leaving out the people of the enquiry being corrected: nobody is offered as themselves. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<PossibleMatch> possibleMatches(String givenName, String familyName, LocalDate dateOfBirth,
                                              String address, String correcting) {
        PersonKeys typed = PersonKeys.of(givenName, familyName, address);
        if (typed.familyName() == null && typed.givenName() == null && typed.address() == null) {
            return List.of();
        }
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        TypedQuery<Object[]> query = within.bind(em.createQuery("SELECT e, s FROM Enquiry e JOIN e.subjects s"
                        + " WHERE " + within.condition()
                        + " AND ((s.familyNameKey = :family AND s.givenNameKey = :given)"
                        + " OR (s.dateOfBirth = :born AND (s.familyNameKey = :family OR s.givenNameKey = :given))"
                        + " OR s.addressKey = :address)"
                        + (correcting == null ? "" : " AND e.reference.value <> :correcting")
                        + " ORDER BY e.createdAt DESC", Object[].class))
                .setParameter("family", Objects.requireNonNullElse(typed.familyName(), "-"))
                .setParameter("given", Objects.requireNonNullElse(typed.givenName(), "-"))
                // A date no one typed stands in for an unknown one, so the query keeps one shape.
                .setParameter("born", dateOfBirth == null ? LocalDate.of(1, 1, 1) : dateOfBirth)
                .setParameter("address", Objects.requireNonNullElse(typed.address(), "-"))
                .setMaxResults(MOST);
        if (correcting != null) {
            query.setParameter("correcting", correcting);
        }
        List<Object[]> rows = query.getResultList();
        List<PossibleMatch> matches = new ArrayList<>();
        for (Object[] row : rows) {
            Enquiry enquiry = (Enquiry) row[0];
            Subject known = (Subject) row[1];
            matches.add(new PossibleMatch(known.id(), known.givenName(), known.familyName(), known.dateOfBirth(),
                    known.address(), enquiry.reference().value(), reasons(typed, dateOfBirth, known)));
        }
        // Names and dates of birth of known people are shown: each is a read of personal data (R18).
        matches.forEach(match -> auditTrail.record(AuditAction.POSSIBLE_MATCHES_READ, RecordType.SUBJECT,
                String.valueOf(match.subjectId())));
        return matches;
    }

    /**
     * R28: the person's page. The person is found through the enquiry they were typed on, which the reader must be
     * able to see (R16); their other enquiries are those linked to them at intake, again only those the reader may see.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public PersonStory person(long id) {
        List<Enquiry> typedOn = em.createQuery("SELECT e FROM Enquiry e JOIN e.subjects s WHERE s.id = :id",
                Enquiry.class).setParameter("id", id).getResultList();
        if (typedOn.isEmpty()) {
            throw new NoSuchPerson(id);
        }
        if (!NeedToKnow.of(signedIn.member()).permits(typedOn.get(0))) {
            auditTrail.recordDenial(RecordType.SUBJECT, String.valueOf(id), "outside need to know");
            throw new OutsideNeedToKnow(String.valueOf(id));
        }
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        List<Object[]> rows = within.bind(em.createQuery("SELECT e, s FROM Enquiry e JOIN e.subjects s"
                        + " WHERE s.id IN :people AND " + within.condition()
                        + " ORDER BY e.createdAt DESC", Object[].class))
                .setParameter("people", linkedPeople.of(id))
                .getResultList();
        Map<Long, List<String>> asked = agenciesAsked(rows.stream().map(row -> ((Enquiry) row[0]).id()).toList());
        List<PersonEnquiry> enquiries = new ArrayList<>();
        for (Object[] row : rows) {
            Enquiry enquiry = (Enquiry) row[0];
            Subject subject = (Subject) row[1];
            enquiries.add(new PersonEnquiry(enquiry.reference().value(), subject.relationship(), enquiry.status(),
                    enquiry.priority(), enquiry.createdAt(), enquiry.outcome(), enquiry.closedAt(),
                    enquiry.consentHistory().stream().map(decision -> decision.kind().label()).toList(),
                    asked.getOrDefault(enquiry.id(), List.of())));
        }
        Subject newest = (Subject) rows.get(0)[1];
        auditTrail.record(AuditAction.PERSON_READ, RecordType.SUBJECT, String.valueOf(id));
        enquiries.forEach(enquiry ->
                auditTrail.record(AuditAction.PERSON_READ, RecordType.ENQUIRY, enquiry.reference()));
        return new PersonStory(id, newest.givenName(), newest.familyName(), newest.dateOfBirth(), newest.address(),
                enquiries);
    }

    private Map<Long, List<String>> agenciesAsked(List<Long> enquiries) {
        Map<Long, List<String>> asked = new HashMap<>();
        if (enquiries.isEmpty()) {
            return asked;
        }
        em.createQuery("SELECT DISTINCT r.enquiry.id, r.agency FROM InformationRequest r"
                        + " WHERE r.enquiry.id IN :enquiries ORDER BY r.agency", Object[].class)
                .setParameter("enquiries", enquiries).getResultList()
                .forEach(row -> asked.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((String) row[1]));
        return asked;
    }

    private static List<String> reasons(PersonKeys typed, LocalDate dateOfBirth, Subject known) {
        return typed.likeness(dateOfBirth, PersonKeys.of(known.givenName(), known.familyName(), known.address()),
                known.dateOfBirth());
    }
}
