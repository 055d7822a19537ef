-- Consent decisions (R2–R9, history kept: R6), the enquiry's life cycle (R1, R15, R21) and the bank holidays
-- that decide working days.

ALTER TABLE enquiry ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enquiry ADD COLUMN decision_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enquiry ADD COLUMN outcome VARCHAR(32);
ALTER TABLE enquiry ADD COLUMN outcome_reasons VARCHAR(4000);
ALTER TABLE enquiry ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
-- R21: who saved the enquiry last, for the conflict message.
ALTER TABLE enquiry ADD COLUMN last_changed_by VARCHAR(100);
ALTER TABLE enquiry ADD COLUMN last_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE enquiry SET last_changed_by = owner, last_changed_at = created_at;
ALTER TABLE enquiry ALTER COLUMN last_changed_by SET NOT NULL;
ALTER TABLE enquiry ALTER COLUMN last_changed_at SET NOT NULL;
CREATE INDEX enquiry_status_due_idx ON enquiry (status, decision_due_at);

CREATE SEQUENCE consent_decision_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent_decision (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    enquiry_id         BIGINT       NOT NULL REFERENCES enquiry (id),
    kind               VARCHAR(32)  NOT NULL,
    given_by           VARCHAR(200),
    informed_why       BOOLEAN,
    informed_what      BOOLEAN,
    informed_how       BOOLEAN,
    informed_with_whom BOOLEAN,
    statement          VARCHAR(4000),
    justification      VARCHAR(4000),
    service            VARCHAR(200),
    agreed_by          VARCHAR(200),
    capacity           VARCHAR(32),
    capacity_notes     VARCHAR(4000),
    decided_by         VARCHAR(100) NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    supersedes         BIGINT REFERENCES consent_decision (id)
);
CREATE INDEX consent_decision_enquiry_idx ON consent_decision (enquiry_id, decided_at);

CREATE TABLE consent_decision_ground (
    consent_decision_id BIGINT      NOT NULL REFERENCES consent_decision (id),
    ground              VARCHAR(64) NOT NULL,
    PRIMARY KEY (consent_decision_id, ground)
);

CREATE TABLE consent_decision_factor (
    consent_decision_id BIGINT      NOT NULL REFERENCES consent_decision (id),
    factor              VARCHAR(64) NOT NULL,
    PRIMARY KEY (consent_decision_id, factor)
);

-- England and Wales bank holidays; administrators add later years.
CREATE TABLE bank_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL
);
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-01-01', 'New Year''s Day');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-04-03', 'Good Friday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-04-06', 'Easter Monday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-05-04', 'Early May bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-05-25', 'Spring bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-08-31', 'Summer bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-12-25', 'Christmas Day');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2026-12-28', 'Boxing Day (substitute day)');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-01-01', 'New Year''s Day');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-03-26', 'Good Friday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-03-29', 'Easter Monday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-05-03', 'Early May bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-05-31', 'Spring bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-08-30', 'Summer bank holiday');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-12-27', 'Christmas Day (substitute day)');
INSERT INTO bank_holiday (holiday_date, name) VALUES ('2027-12-28', 'Boxing Day (substitute day)');
