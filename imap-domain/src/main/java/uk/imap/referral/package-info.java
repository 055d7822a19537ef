/**
 * R32: professionals' online referrals: the multi-agency referral form outside sign-in, which becomes a contact on
 * the hub's intake list, and the referrer told the outcome in plain words.
 */
package uk.imap.referral;
