-- R33, R19: the audit trail stays append-only, with one exception: a reason kept under its digest may be erased,
-- and nothing else about the event may change with it. The application's role may update that one column only
-- (afterMigrate); this trigger refuses every other change, whoever asks.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.reason_digest IS NOT NULL AND NEW.reason IS NULL
            AND (NEW.position, NEW.occurred_at, NEW.actor, NEW.roles, NEW.action, NEW.record_type, NEW.record_id,
                 NEW.outcome, NEW.origin, NEW.user_agent, NEW.reason_digest, NEW.previous_hash, NEW.hash)
            IS NOT DISTINCT FROM
                (OLD.position, OLD.occurred_at, OLD.actor, OLD.roles, OLD.action, OLD.record_type, OLD.record_id,
                 OLD.outcome, OLD.origin, OLD.user_agent, OLD.reason_digest, OLD.previous_hash, OLD.hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END
$$;
