-- Enquiries with their subjects and concern categories, and the audit trail with its chain head.
-- Written for both H2 and PostgreSQL: the same migrations run on each.

-- EclipseLink takes a block of 50 ids ending at the value it reads, so the first value is 50.
CREATE SEQUENCE enquiry_id_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE subject_id_seq START WITH 50 INCREMENT BY 50;
-- References are IMAP-YYYY-NNNNNN with NNNNNN from this sequence.
CREATE SEQUENCE enquiry_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE concern_category (
    code         VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    ordinal      INTEGER      NOT NULL
);

CREATE TABLE enquiry (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    reference             VARCHAR(32)   NOT NULL UNIQUE,
    version               BIGINT        NOT NULL,
    status                VARCHAR(32)   NOT NULL,
    source                VARCHAR(16)   NOT NULL,
    referrer_name         VARCHAR(200),
    referrer_organisation VARCHAR(200),
    referrer_contact      VARCHAR(200),
    summary               VARCHAR(4000) NOT NULL,
    threshold             VARCHAR(32)   NOT NULL,
    priority              VARCHAR(8)    NOT NULL,
    owner                 VARCHAR(100)  NOT NULL,
    team                  VARCHAR(100),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX enquiry_owner_idx ON enquiry (owner, created_at);
CREATE INDEX enquiry_team_idx ON enquiry (team, created_at);

CREATE TABLE enquiry_concern_category (
    enquiry_id BIGINT      NOT NULL REFERENCES enquiry (id),
    position   INTEGER     NOT NULL,
    code       VARCHAR(64) NOT NULL REFERENCES concern_category (code),
    PRIMARY KEY (enquiry_id, position)
);

CREATE TABLE subject (
    id            BIGINT       NOT NULL PRIMARY KEY,
    enquiry_id    BIGINT       NOT NULL REFERENCES enquiry (id),
    kind          VARCHAR(16)  NOT NULL,
    given_name    VARCHAR(100) NOT NULL,
    family_name   VARCHAR(100) NOT NULL,
    date_of_birth DATE,
    address       VARCHAR(400),
    relationship  VARCHAR(32)  NOT NULL
);
CREATE INDEX subject_enquiry_idx ON subject (enquiry_id);

-- R18, R19: append-only, each event hashed with the previous event's hash.
CREATE TABLE audit_event (
    position      BIGINT        NOT NULL PRIMARY KEY,
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
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

-- One row, locked for every append, so positions have no gaps and order is commit order.
CREATE TABLE audit_chain_head (
    id       INTEGER  NOT NULL PRIMARY KEY,
    position BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, position, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
