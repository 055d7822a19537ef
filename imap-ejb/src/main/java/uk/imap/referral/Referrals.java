package uk.imap.referral;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import uk.imap.access.StaffMember;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.audit.control.RequestOrigin;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.control.FrontDoor;
import uk.imap.referral.control.ReferralPace;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * R32: professionals' online referrals, taken without sign-in. Each becomes a draft on the hub's intake list: owned by
 * the online form in the intake team, so that the team's manager sees it and hands it to a practitioner. The sender
 * learns its reference and nothing else; the form is paced per address and for everyone, and every referral and the
 * first refusal of a spell are audit events.
 */
@Stateless
public class Referrals {

    /** The owner of referrals until the hub hands them over: no person, so nobody reads them by owning them. */
    public static final String FORM = "online.referral";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    FrontDoor frontDoor;

    @Inject
    ReferralPace pace;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    /**
     * Takes a referral and returns its reference.
     *
     * @throws InvalidInput      naming each field to put right; nothing is kept
     * @throws TooManyReferrals  when the form is sent faster than it takes referrals
     */
    @PermitAll
    public String receive(Referral referral) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FieldProblem> problems = referral.problems(now.atZoneSameInstant(WorkingCalendar.HUB_ZONE).toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        switch (pace.take(origin.address(), now.toInstant())) {
            case REFUSED_FIRST_IN_SPELL -> {
                auditTrail.recordArrival(AuditAction.REFERRAL_REFUSED, AuditOutcome.DENIED, FORM, null, null,
                        "too many referrals in ten minutes");
                throw new TooManyReferrals();
            }
            case REFUSED_AGAIN -> throw new TooManyReferrals();
            case TAKEN -> {
                // taken: go on
            }
        }
        Enquiry enquiry = frontDoor.draft(referral.intake(), new StaffMember(FORM, Set.of(), null, intakeTeam()), now);
        em.persist(new OnlineReferral(enquiry.id(), referral.referrerEmail(), now));
        auditTrail.recordArrival(AuditAction.REFERRAL_RECEIVED, AuditOutcome.SUCCESS, FORM, RecordType.ENQUIRY,
                enquiry.reference().value(), null);
        return enquiry.reference().value();
    }

    /** The hub team whose manager receives online referrals: configured per council. */
    static String intakeTeam() {
        String configured = System.getProperty("imap.referrals.team", System.getenv("IMAP_REFERRALS_TEAM"));
        return configured == null || configured.isBlank() ? "HUB_TEAM_A" : configured.strip();
    }
}
