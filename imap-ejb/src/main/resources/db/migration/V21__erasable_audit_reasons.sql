-- R33, R19: an event's hash covers a digest of its reason, so the reason (which may name a person) can be erased
-- with the enquiry it is about while every link still verifies. Events written before keep their reason in the hash.
ALTER TABLE audit_event ADD COLUMN reason_digest CHAR(64);
