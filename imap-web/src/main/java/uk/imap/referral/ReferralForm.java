package uk.imap.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.Threshold;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs refer.xhtml, the professionals' online referral form outside sign-in (R32). */
// Request-scoped: a public form keeps nothing between requests, and what was typed goes back with each one.
@Named
@RequestScoped
public class ReferralForm {

    @Inject
    Referrals referrals;

    private ReferralInput form = new ReferralInput();
    private String reference;

    public void send() {
        try {
            reference = referrals.receive(form.toReferral(LocalDate.now(WorkingCalendar.HUB_ZONE)));
            form = new ReferralInput();
        } catch (DomainException refused) {
            Notices.refuse("referral", refused);
        }
    }

    /** The reference of the referral just sent: all the sender learns. */
    public String getReference() {
        return reference;
    }

    public ReferralInput getForm() {
        return form;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Threshold[] getNeeds() {
        return Threshold.values();
    }

    public ConsentAsked[] getConsentAnswers() {
        return ConsentAsked.values();
    }
}
