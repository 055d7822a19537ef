package uk.imap.referral;

import uk.imap.enquiry.Outcome;

/** R32: an enquiry that came in online was decided; once that commits, the referrer is told the outcome. */
public record ReferrerTold(String referrerEmail, String reference, Outcome outcome) {
}
