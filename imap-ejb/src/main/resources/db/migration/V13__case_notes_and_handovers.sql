-- R29: case notes and strategy discussions, never edited: a correction is a new note that supersedes one, and a
-- note is superseded at most once.
CREATE SEQUENCE case_note_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_note (
    id          BIGINT        NOT NULL PRIMARY KEY,
    enquiry_id  BIGINT        NOT NULL REFERENCES enquiry (id),
    kind        VARCHAR(32)   NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decision    VARCHAR(4000),
    next_steps  VARCHAR(4000),
    supersedes  BIGINT REFERENCES case_note (id),
    written_by  VARCHAR(100)  NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_note_enquiry_idx ON case_note (enquiry_id);
CREATE UNIQUE INDEX case_note_supersedes_idx ON case_note (supersedes);

CREATE TABLE case_note_participant (
    case_note_id BIGINT       NOT NULL REFERENCES case_note (id),
    seq          INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    agency       VARCHAR(200) NOT NULL,
    PRIMARY KEY (case_note_id, seq)
);

-- R29: handovers and practitioners added or removed, for the chronology. Earlier changes live in the audit trail only.
CREATE SEQUENCE assignment_change_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assignment_change (
    id          BIGINT        NOT NULL PRIMARY KEY,
    enquiry_id  BIGINT        NOT NULL REFERENCES enquiry (id),
    change_made VARCHAR(16)   NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    reason      VARCHAR(4000) NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignment_change_enquiry_idx ON assignment_change (enquiry_id);
