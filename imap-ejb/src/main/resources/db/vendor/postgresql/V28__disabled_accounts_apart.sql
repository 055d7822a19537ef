-- Issue 16, R27: each signed-in page request asks whether its account was disabled since sign-in. Disabling events
-- are few among millions; indexed apart, the question is answered from them alone, with a plan the database keeps.
CREATE INDEX audit_event_account_disabled_idx ON audit_event (record_id, occurred_at)
    WHERE action = 'ACCOUNT_DISABLED';
