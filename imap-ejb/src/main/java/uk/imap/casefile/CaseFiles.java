package uk.imap.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.imap.access.Roles;
import uk.imap.advice.control.AdviceHistory;
import uk.imap.consent.ConsentView;
import uk.imap.consent.control.OverrideHistory;
import uk.imap.enquiry.control.EnquiryReading;

/**
 * Opening an enquiry's case file on the enquiry page: one transaction, one need-to-know check and one audited read
 * (R16, R18), instead of one of each for every part of the page.
 */
@Stateless
public class CaseFiles {

    @Inject
    EnquiryReading reading;

    @Inject
    OverrideHistory overrides;

    @Inject
    AdviceHistory advice;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public CaseFile open(String reference) {
        EnquiryReading.Opened opened = reading.open(reference);
        return new CaseFile(opened.view(), opened.enquiry().consentHistory().stream().map(ConsentView::of).toList(),
                overrides.of(opened.enquiry()), advice.of(opened.enquiry()));
    }
}
