package uk.imap.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Subject;
import uk.imap.enquiry.control.WithinNeedToKnow;

/**
 * R24: people already known who may be the same as one typed at intake, found by date of birth with a name that
 * sounds alike, by both names sounding alike, or by the same address; only on enquiries the caller may see (R16).
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

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<PossibleMatch> possibleMatches(String givenName, String familyName, LocalDate dateOfBirth,
                                              String address) {
        PersonKeys typed = PersonKeys.of(givenName, familyName, address);
        if (typed.familyName() == null && typed.givenName() == null && typed.address() == null) {
            return List.of();
        }
        List<Object[]> rows = WithinNeedToKnow.bind(em.createQuery("SELECT e, s FROM Enquiry e JOIN e.subjects s"
                        + " WHERE " + WithinNeedToKnow.condition(signedIn.member())
                        + " AND ((s.familyNameKey = :family AND s.givenNameKey = :given)"
                        + " OR (s.dateOfBirth = :born AND (s.familyNameKey = :family OR s.givenNameKey = :given))"
                        + " OR s.addressKey = :address)"
                        + " ORDER BY e.createdAt DESC", Object[].class), signedIn.member())
                .setParameter("family", Objects.requireNonNullElse(typed.familyName(), "-"))
                .setParameter("given", Objects.requireNonNullElse(typed.givenName(), "-"))
                // A date no one typed stands in for an unknown one, so the query keeps one shape.
                .setParameter("born", dateOfBirth == null ? LocalDate.of(1, 1, 1) : dateOfBirth)
                .setParameter("address", Objects.requireNonNullElse(typed.address(), "-"))
                .setMaxResults(MOST)
                .getResultList();
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

    private static List<String> reasons(PersonKeys typed, LocalDate dateOfBirth, Subject known) {
        PersonKeys keys = PersonKeys.of(known.givenName(), known.familyName(), known.address());
        List<String> reasons = new ArrayList<>();
        if (dateOfBirth != null && dateOfBirth.equals(known.dateOfBirth())) {
            reasons.add("same date of birth");
        }
        if (typed.familyName() != null && typed.familyName().equals(keys.familyName())) {
            reasons.add("family name sounds alike");
        }
        if (typed.givenName() != null && typed.givenName().equals(keys.givenName())) {
            reasons.add("given name sounds alike");
        }
        if (typed.address() != null && typed.address().equals(keys.address())) {
            reasons.add("same address");
        }
        return reasons;
    }
}
