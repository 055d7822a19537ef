-- R30: the clock starts when the referral reaches the hub, not when the enquiry is opened.
ALTER TABLE enquiry ADD COLUMN received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enquiry ADD COLUMN received_at_reason VARCHAR(1000);
-- Enquiries taken before receipt was recorded were received, as far as anyone can now say, when they were taken.
UPDATE enquiry SET received_at = created_at;
ALTER TABLE enquiry ALTER COLUMN received_at SET NOT NULL;
-- Drafts had no decision due; they are given the agreement's one day from when they were taken.
UPDATE enquiry SET decision_due_at = created_at + INTERVAL '1' DAY WHERE decision_due_at IS NULL AND status = 'DRAFT';

-- The hours the hub has for its decision, by RAG priority, counted on working days.
CREATE TABLE decision_time (
    priority VARCHAR(8) NOT NULL PRIMARY KEY,
    hours    INTEGER    NOT NULL CHECK (hours >= 1),
    version  BIGINT     DEFAULT 0 NOT NULL
);
INSERT INTO decision_time (priority, hours) VALUES ('RED', 4);
INSERT INTO decision_time (priority, hours) VALUES ('AMBER', 24);
INSERT INTO decision_time (priority, hours) VALUES ('GREEN', 24);
