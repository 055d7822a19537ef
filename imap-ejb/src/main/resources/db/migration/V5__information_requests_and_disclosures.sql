-- Information requests to partner agencies and their answers (R10–R15), the maintained lists they draw on, and
-- the response times by RAG priority.

-- Partner agencies (API.md codes). The shared mailboxes are placeholders until an administrator sets the real ones.
CREATE TABLE agency (
    code           VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    shared_mailbox VARCHAR(254),
    active         BOOLEAN      DEFAULT TRUE NOT NULL,
    ordinal        INTEGER      NOT NULL
);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('CHILDRENS_SOCIAL_CARE', 'Children''s Social Care', 'childrens-social-care@imap-agencies.example', 1);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('POLICE', 'Police', 'police@imap-agencies.example', 2);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('HEALTH', 'Health', 'health@imap-agencies.example', 3);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('EDUCATION', 'Education', 'education@imap-agencies.example', 4);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('PROBATION', 'Probation', 'probation@imap-agencies.example', 5);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('HOUSING', 'Housing', 'housing@imap-agencies.example', 6);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('YOUTH_JUSTICE', 'Youth Justice', 'youth-justice@imap-agencies.example', 7);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('ADULT_SOCIAL_CARE', 'Adult Social Care', 'adult-social-care@imap-agencies.example', 8);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('MENTAL_HEALTH', 'Mental Health', 'mental-health@imap-agencies.example', 9);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('SUBSTANCE_MISUSE', 'Substance Misuse Service', 'substance-misuse@imap-agencies.example', 10);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('EARLY_HELP', 'Early Help', 'early-help@imap-agencies.example', 11);
INSERT INTO agency (code, display_name, shared_mailbox, ordinal) VALUES ('DOMESTIC_ABUSE_SERVICE', 'Domestic Abuse Service', 'domestic-abuse-service@imap-agencies.example', 12);

-- Legal gateways (R10): the Acts the agreement names, the sections that are gateways, and the UK GDPR and DPA 2018
-- bases. Codes are never renamed; an administrator may add entries or retire them.
CREATE TABLE legal_gateway (
    code         VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(300) NOT NULL,
    active       BOOLEAN      DEFAULT TRUE NOT NULL,
    ordinal      INTEGER      NOT NULL
);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_1989', 'Children Act 1989', 1);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_1989_S17', 'Children Act 1989, section 17 (children in need)', 2);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_1989_S47', 'Children Act 1989, section 47 (enquiries about significant harm)', 3);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_2004', 'Children Act 2004', 4);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_2004_S10', 'Children Act 2004, section 10 (co-operation to improve well-being)', 5);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_ACT_2004_S11', 'Children Act 2004, section 11 (arrangements to safeguard and promote welfare)', 6);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CRIME_AND_DISORDER_ACT_1998', 'Crime and Disorder Act 1998', 7);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CRIME_AND_DISORDER_ACT_1998_S115', 'Crime and Disorder Act 1998, section 115 (disclosure of information)', 8);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('HUMAN_RIGHTS_ACT_1998', 'Human Rights Act 1998 (Article 8 ECHR)', 9);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('DATA_PROTECTION_ACT_1998', 'Data Protection Act 1998', 10);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('EDUCATION_ACT_1996', 'Education Act 1996', 11);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('EDUCATION_ACT_2002', 'Education Act 2002', 12);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('LEARNING_AND_SKILLS_ACT_2000', 'Learning and Skills Act 2000', 13);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('EDUCATION_SEN_REGULATIONS_2001', 'Education (SEN) Regulations 2001', 14);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CHILDREN_LEAVING_CARE_ACT_2000', 'Children (Leaving Care) Act 2000', 15);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('MENTAL_CAPACITY_ACT_2005', 'Mental Capacity Act 2005', 16);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('IMMIGRATION_AND_ASYLUM_ACT_1999', 'Immigration and Asylum Act 1999', 17);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('LOCAL_GOVERNMENT_ACT_2000', 'Local Government Act 2000', 18);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('CRIMINAL_JUSTICE_ACT_2003', 'Criminal Justice Act 2003', 19);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('NATIONAL_HEALTH_SERVICE_ACT_1977', 'National Health Service Act 1977', 20);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('NATIONAL_HEALTH_SERVICE_ACT_2006', 'National Health Service Act 2006', 21);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('ADOPTION_AND_CHILDREN_ACT_2002', 'Adoption and Children Act 2002', 22);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('LOCALISM_ACT_2011', 'Localism Act 2011', 23);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('WELFARE_REFORM_ACT_2012', 'Welfare Reform Act 2012', 24);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('UK_GDPR_ART6_1_C', 'UK GDPR Article 6(1)(c): legal obligation', 25);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('UK_GDPR_ART6_1_E', 'UK GDPR Article 6(1)(e): public task', 26);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('UK_GDPR_ART9_2_G', 'UK GDPR Article 9(2)(g): substantial public interest', 27);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('UK_GDPR_ART9_2_H', 'UK GDPR Article 9(2)(h): health or social care', 28);
INSERT INTO legal_gateway (code, display_name, ordinal) VALUES ('DPA_2018_SCH1_PARA18', 'DPA 2018 Schedule 1 paragraph 18: safeguarding of children and individuals at risk', 29);

-- R15: hours an agency has to answer, by RAG priority; administrators change them.
CREATE TABLE response_time (
    priority VARCHAR(8) NOT NULL PRIMARY KEY,
    hours    INTEGER    NOT NULL CHECK (hours >= 1)
);
INSERT INTO response_time (priority, hours) VALUES ('RED', 4);
INSERT INTO response_time (priority, hours) VALUES ('AMBER', 24);
INSERT INTO response_time (priority, hours) VALUES ('GREEN', 72);

ALTER TABLE enquiry ADD COLUMN requests_outstanding INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE information_request_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE information_request (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    enquiry_id            BIGINT        NOT NULL REFERENCES enquiry (id),
    agency                VARCHAR(64)   NOT NULL REFERENCES agency (code),
    purpose               VARCHAR(4000) NOT NULL,
    necessity             VARCHAR(4000) NOT NULL,
    help_if_provided      VARCHAR(4000) NOT NULL,
    hindrance_if_withheld VARCHAR(4000) NOT NULL,
    priority              VARCHAR(8)    NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    sent_by               VARCHAR(100)  NOT NULL,
    sent_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at           TIMESTAMP WITH TIME ZONE,
    withdrawn_by          VARCHAR(100),
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    withdrawal_reason     VARCHAR(4000),
    overdue_notified_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX information_request_enquiry_idx ON information_request (enquiry_id);
CREATE INDEX information_request_agency_idx ON information_request (agency, status, due_at);
CREATE INDEX information_request_due_idx ON information_request (status, due_at);

CREATE TABLE information_request_gateway (
    information_request_id BIGINT      NOT NULL REFERENCES information_request (id),
    position               INTEGER     NOT NULL,
    code                   VARCHAR(64) NOT NULL REFERENCES legal_gateway (code),
    PRIMARY KEY (information_request_id, position)
);

CREATE TABLE information_request_category (
    information_request_id BIGINT      NOT NULL REFERENCES information_request (id),
    position               INTEGER     NOT NULL,
    category               VARCHAR(64) NOT NULL,
    PRIMARY KEY (information_request_id, position)
);

CREATE SEQUENCE disclosure_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE disclosure (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    information_request_id BIGINT        NOT NULL REFERENCES information_request (id),
    decision               VARCHAR(16)   NOT NULL,
    reasons                VARCHAR(4000) NOT NULL,
    consent_basis          VARCHAR(32),
    consent_decision_id    BIGINT REFERENCES consent_decision (id),
    consent_kind           VARCHAR(32),
    override_id            BIGINT,
    answered_by            VARCHAR(100)  NOT NULL,
    answered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    supersedes             BIGINT REFERENCES disclosure (id),
    correction_reason      VARCHAR(4000)
);
CREATE INDEX disclosure_request_idx ON disclosure (information_request_id);

CREATE SEQUENCE disclosure_item_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE disclosure_item (
    id                            BIGINT        NOT NULL PRIMARY KEY,
    disclosure_id                 BIGINT        NOT NULL REFERENCES disclosure (id),
    category                      VARCHAR(64)   NOT NULL,
    content                       VARCHAR(4000) NOT NULL,
    reliability                   VARCHAR(16)   NOT NULL,
    sensitivity                   VARCHAR(16)   NOT NULL,
    outside_request_justification VARCHAR(4000)
);
CREATE INDEX disclosure_item_disclosure_idx ON disclosure_item (disclosure_id);

CREATE TABLE disclosure_retained (
    disclosure_id BIGINT        NOT NULL REFERENCES disclosure (id),
    position      INTEGER       NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    reason        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (disclosure_id, position)
);

CREATE TABLE disclosure_caldicott (
    disclosure_id BIGINT      NOT NULL REFERENCES disclosure (id),
    principle     VARCHAR(64) NOT NULL,
    PRIMARY KEY (disclosure_id, principle)
);
