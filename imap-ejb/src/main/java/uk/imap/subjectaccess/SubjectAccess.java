package uk.imap.subjectaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.PersonKeys;
import uk.imap.enquiry.Subject;
import uk.imap.person.NoSuchPerson;
import uk.imap.person.control.LinkedPeople;
import uk.imap.sharing.Agency;
import uk.imap.sharing.InformationRequest;
import uk.imap.shared.InvalidInput;

/**
 * R33: subject access. The team's manager or the Caldicott Guardian gathers everything IMAP holds about one person:
 * the records linked to them at intake and those the duplicate check's matching finds (R24), within the producer's
 * need to know; enquiries outside it only with a reason, recorded as for emergency access (R23).
 */
@Stateless
public class SubjectAccess {

    static final int REASON_LENGTH = 1000;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    LinkedPeople linkedPeople;

    private final Clock clock = Clock.systemUTC();

    /**
     * The bundle about the person whose record has {@code personId}, newest enquiry first.
     *
     * @param reason why enquiries outside the producer's need to know must be included too, or null to leave them
     *               out (they are counted)
     */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public SubjectAccessBundle bundle(long personId, String reason) {
        Subject asked = em.find(Subject.class, personId);
        if (asked == null) {
            throw new NoSuchPerson(personId);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_LENGTH) {
            throw new InvalidInput("reason", "Keep the reason to " + REASON_LENGTH + " characters");
        }
        StaffMember me = signedIn.member();
        NeedToKnow needToKnow = NeedToKnow.of(me);
        Set<Long> linked = linkedPeople.of(personId);
        PersonKeys keys = PersonKeys.of(asked.givenName(), asked.familyName(), asked.address());
        Map<String, String> agencies = em.createQuery("SELECT a FROM Agency a", Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::code, Agency::displayName));
        List<BundleSection> sections = new ArrayList<>();
        int outside = 0;
        for (Map.Entry<Enquiry, Subject> found : enquiriesOf(asked, linked, keys).entrySet()) {
            Enquiry enquiry = found.getKey();
            if (!needToKnow.permits(enquiry) && why == null) {
                outside++;
                continue;
            }
            Subject record = found.getValue();
            String howFound = linked.contains(record.id()) ? "linked at intake"
                    : "found by the duplicate check (" + String.join(", ", keys.likeness(asked.dateOfBirth(),
                    PersonKeys.of(record.givenName(), record.familyName(), record.address()), record.dateOfBirth()))
                    + "): check it is the same person before release";
            List<InformationRequest> requests = em.createQuery("SELECT r FROM InformationRequest r"
                    + " WHERE r.enquiry = :enquiry ORDER BY r.sentAt, r.id", InformationRequest.class)
                    .setParameter("enquiry", enquiry).getResultList();
            sections.add(BundleSection.of(enquiry, record, howFound, requests, agencies));
        }
        auditTrail.record(AuditAction.SUBJECT_ACCESS_PRODUCED, RecordType.SUBJECT, String.valueOf(personId),
                sections.size() + " enquiries" + (why == null ? ", " + outside + " outside need to know left out"
                : "; outside need to know included: " + why));
        sections.forEach(section -> auditTrail.record(AuditAction.SUBJECT_ACCESS_PRODUCED, RecordType.ENQUIRY,
                section.reference()));
        return new SubjectAccessBundle(personId, asked.givenName(), asked.familyName(), asked.dateOfBirth(),
                asked.address(), OffsetDateTime.now(clock), me.username(), why, List.copyOf(sections), outside);
    }

    /**
     * Each enquiry with the person's record in it: linked at intake, or found as the duplicate check finds a person
     * (R24) by name and date of birth. An address alone finds a household, not a person, so it finds nothing here.
     */
    private Map<Enquiry, Subject> enquiriesOf(Subject asked, Set<Long> linked, PersonKeys keys) {
        List<Object[]> rows = em.createQuery("SELECT e, s FROM Enquiry e JOIN e.subjects s WHERE s.id IN :linked"
                        + " OR (s.familyNameKey = :family AND s.givenNameKey = :given)"
                        + " OR (s.dateOfBirth = :born AND (s.familyNameKey = :family OR s.givenNameKey = :given))"
                        + " ORDER BY e.receivedAt DESC, e.id DESC, s.id", Object[].class)
                .setParameter("linked", linked)
                .setParameter("family", Objects.requireNonNullElse(keys.familyName(), "-"))
                .setParameter("given", Objects.requireNonNullElse(keys.givenName(), "-"))
                .setParameter("born", asked.dateOfBirth() == null ? LocalDate.of(1, 1, 1) : asked.dateOfBirth())
                .getResultList();
        Map<Enquiry, Subject> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Subject subject = (Subject) row[1];
            // One record per enquiry: the linked one where there is one.
            found.merge((Enquiry) row[0], subject, (first, next) -> linked.contains(first.id()) ? first : next);
        }
        return found;
    }
}
