-- R32: enquiries that arrived through the professionals' online referral form, and where to tell the outcome.
CREATE SEQUENCE online_referral_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE online_referral (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    enquiry_id     BIGINT                   NOT NULL UNIQUE REFERENCES enquiry (id),
    referrer_email VARCHAR(200)             NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
