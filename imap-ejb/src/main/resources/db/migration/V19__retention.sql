-- R33: how long a closed enquiry is kept, by its outcome, counted from the day it closed. The periods below are a
-- starting point for the council's records manager to replace with the council's own schedule.
CREATE TABLE retention_period (
    outcome  VARCHAR(32) NOT NULL PRIMARY KEY,
    period   VARCHAR(16) NOT NULL,
    version  BIGINT      DEFAULT 0 NOT NULL
);
INSERT INTO retention_period (outcome, period) VALUES ('NO_FURTHER_ACTION', 'P6Y');
INSERT INTO retention_period (outcome, period) VALUES ('EARLY_HELP', 'P6Y');
INSERT INTO retention_period (outcome, period) VALUES ('S17_ASSESSMENT', 'P25Y');
INSERT INTO retention_period (outcome, period) VALUES ('S47_STRATEGY_DISCUSSION', 'P40Y');
INSERT INTO retention_period (outcome, period) VALUES ('REFERRAL_TO_ANOTHER_SERVICE', 'P6Y');
INSERT INTO retention_period (outcome, period) VALUES ('OTHER', 'P6Y');

-- R33: legal holds on enquiries, placed and lifted with who and when; a hold not lifted stops disposal.
CREATE SEQUENCE legal_hold_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE legal_hold (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    enquiry_id  BIGINT                   NOT NULL REFERENCES enquiry (id),
    reason      VARCHAR(1000)            NOT NULL,
    placed_by   VARCHAR(100)             NOT NULL,
    placed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lifted_by   VARCHAR(100),
    lifted_at   TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   DEFAULT 0 NOT NULL
);
CREATE INDEX legal_hold_enquiry_idx ON legal_hold (enquiry_id);
