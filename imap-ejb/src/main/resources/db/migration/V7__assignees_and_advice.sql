-- Practitioners working on an enquiry beside its owner (R16), and advice without identity (R17).
CREATE TABLE enquiry_assignee (
    enquiry_id BIGINT       NOT NULL REFERENCES enquiry (id),
    username   VARCHAR(100) NOT NULL,
    PRIMARY KEY (enquiry_id, username)
);
CREATE INDEX enquiry_assignee_user_idx ON enquiry_assignee (username);

-- R17: advice asked of a manager or the Caldicott Guardian, with the anonymised text they see.
CREATE SEQUENCE advice_request_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE advice_request (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    enquiry_id          BIGINT        NOT NULL REFERENCES enquiry (id),
    advisor_role        VARCHAR(32)   NOT NULL,
    question            VARCHAR(4000) NOT NULL,
    anonymised_question VARCHAR(4000) NOT NULL,
    anonymised_summary  VARCHAR(4000) NOT NULL,
    asked_by            VARCHAR(100)  NOT NULL,
    asked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    answer              VARCHAR(4000),
    answered_by         VARCHAR(100),
    answered_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX advice_request_enquiry_idx ON advice_request (enquiry_id);
CREATE INDEX advice_request_open_idx ON advice_request (advisor_role, answered_at);
