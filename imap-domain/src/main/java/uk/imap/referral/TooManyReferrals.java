package uk.imap.referral;

import uk.imap.shared.DomainException;

/** R32: referrals from one address, or from everyone, came faster than the form takes them; try again in minutes. */
public class TooManyReferrals extends DomainException {

    public TooManyReferrals() {
        super("R32", "Too many referrals have been sent in the last few minutes: wait ten minutes and send again,"
                + " or call the hub if a child is at risk now");
    }
}
