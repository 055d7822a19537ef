-- R34: how far the audit trail has been forwarded to the council's SIEM. One row; a server forwards only while it
-- holds the lease, so servers sharing the database send each event once, in chain order, and a restart resumes at
-- the position stored here.
CREATE TABLE audit_feed (
    id            INTEGER                  NOT NULL PRIMARY KEY,
    position      BIGINT                   NOT NULL,
    forwarded_at  TIMESTAMP WITH TIME ZONE,
    receiver      VARCHAR(300),
    holder        VARCHAR(200),
    held_until    TIMESTAMP WITH TIME ZONE
);
INSERT INTO audit_feed (id, position) VALUES (1, 0);
