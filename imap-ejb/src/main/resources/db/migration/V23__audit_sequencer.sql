-- Issue 16, R18, R19: an audit event is written in its change's transaction with a hash of its own content, without
-- taking the chain's head, so no transaction waits for another's commit. The sequencer gives committed entries
-- their places in the chain a batch at a time and removes them from here; the chain's hash covers the entry's hash.
CREATE SEQUENCE audit_entry_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    roles         VARCHAR(200)  NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    record_type   VARCHAR(64),
    record_id     VARCHAR(64),
    outcome       VARCHAR(16)   NOT NULL,
    origin        VARCHAR(64),
    user_agent    VARCHAR(400),
    reason        VARCHAR(1000),
    reason_digest CHAR(64),
    content_hash  CHAR(64)      NOT NULL
);
CREATE INDEX audit_entry_written_idx ON audit_entry (occurred_at);

ALTER TABLE audit_event ADD COLUMN entry_hash CHAR(64);
