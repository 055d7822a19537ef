-- R19: after every migration, the schema's owner gives the application's role what it needs and no more. On the
-- audit trail that is reading and appending (and erasing a reason kept under its digest, R33): UPDATE, DELETE and
-- TRUNCATE are not otherwise the application's to do, so SQL run
-- with its password is refused by the rights before the append-only triggers are even reached. Tables added by
-- later migrations get their rights here too, at the next start. When the application's role owns the schema
-- itself (no separate owner configured), rights cannot limit it and the triggers alone stand guard.
DO $$
DECLARE
    application_role text := '${application_role}';
BEGIN
    IF application_role = current_user THEN
        RAISE NOTICE 'IMAP runs as the schema owner %: no separate rights to grant', current_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), application_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),
                   application_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), application_role);
    EXECUTE format('REVOKE ALL ON audit_event FROM %I', application_role);
    EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', application_role);
    -- R33: a reason kept under its digest is erased with a disposed enquiry; the trigger allows nothing more.
    EXECUTE format('GRANT UPDATE (reason) ON audit_event TO %I', application_role);
    -- Entries waiting for the sequencer are written and, once placed in the chain, removed; never changed.
    EXECUTE format('REVOKE UPDATE, TRUNCATE ON audit_entry FROM %I', application_role);
    -- The one head row is moved along, never added or removed.
    EXECUTE format('REVOKE ALL ON audit_chain_head FROM %I', application_role);
    EXECUTE format('GRANT SELECT, UPDATE ON audit_chain_head TO %I', application_role);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', application_role);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', application_role);
END
$$;
