-- R29: the agencies an approved override names; none named covers every agency asked, as before.
CREATE TABLE consent_override_agency (
    consent_override_id BIGINT      NOT NULL REFERENCES consent_override (id),
    agency              VARCHAR(64) NOT NULL,
    PRIMARY KEY (consent_override_id, agency)
);
