/** R32: the professionals' online referral form (a page outside sign-in) and POST /referrals. */
package uk.imap.referral;
