-- Issue 16, R19: an entry waiting for the sequencer is written once and removed once, when the sequencer has placed
-- it in the chain; it is never changed or cleared wholesale, whoever asks. Refused per statement, so even a
-- statement that finds no row is refused.
CREATE FUNCTION audit_entry_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is written once and removed when sequenced: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_unchanged();

-- The erasure of a reason (V22) must leave the entry's hash as it was too.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.reason_digest IS NOT NULL AND NEW.reason IS NULL
            AND (NEW.position, NEW.occurred_at, NEW.actor, NEW.roles, NEW.action, NEW.record_type, NEW.record_id,
                 NEW.outcome, NEW.origin, NEW.user_agent, NEW.reason_digest, NEW.entry_hash, NEW.previous_hash,
                 NEW.hash)
            IS NOT DISTINCT FROM
                (OLD.position, OLD.occurred_at, OLD.actor, OLD.roles, OLD.action, OLD.record_type, OLD.record_id,
                 OLD.outcome, OLD.origin, OLD.user_agent, OLD.reason_digest, OLD.entry_hash, OLD.previous_hash,
                 OLD.hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END
$$;
