-- R4 consent overrides, R23 emergency access, and the Caldicott Guardian's review queue.

CREATE SEQUENCE consent_override_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent_override (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    enquiry_id          BIGINT        NOT NULL REFERENCES enquiry (id),
    refusal_id          BIGINT        NOT NULL REFERENCES consent_decision (id),
    justification       VARCHAR(4000) NOT NULL,
    harm_of_sharing     VARCHAR(4000) NOT NULL,
    harm_of_not_sharing VARCHAR(4000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_reasons    VARCHAR(4000)
);
CREATE INDEX consent_override_enquiry_idx ON consent_override (enquiry_id);

ALTER TABLE disclosure ADD CONSTRAINT disclosure_override_fk FOREIGN KEY (override_id) REFERENCES consent_override (id);

CREATE SEQUENCE emergency_access_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE emergency_access (
    id         BIGINT        NOT NULL PRIMARY KEY,
    enquiry_id BIGINT        NOT NULL REFERENCES enquiry (id),
    username   VARCHAR(100)  NOT NULL,
    reason     VARCHAR(4000) NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX emergency_access_holder_idx ON emergency_access (username, enquiry_id, expires_at);

CREATE SEQUENCE review_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE review (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    enquiry_reference VARCHAR(20)   NOT NULL,
    record_type       VARCHAR(64)   NOT NULL,
    record_id         VARCHAR(64)   NOT NULL,
    raised_by         VARCHAR(100)  NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason            VARCHAR(4000),
    verdict           VARCHAR(16),
    comment           VARCHAR(4000),
    reviewed_by       VARCHAR(100),
    reviewed_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX review_queue_idx ON review (verdict, raised_at);
