/**
 * Consent decisions (R2–R9): the four kinds of decision, the fields each needs, the grounds for not seeking
 * consent and why "a closed environment", a poster or Gillick competence never suffices. Decisions are
 * appended, never overwritten; the newest is current. It must not decide who may share: that is the
 * disclosure's rule, which reads the current decision.
 */
package uk.imap.consent;
