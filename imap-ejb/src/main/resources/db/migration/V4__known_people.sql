-- Subjects' approximate ages, and the keys of the duplicate-person check (R24) with the link a practitioner chose.
ALTER TABLE subject ADD COLUMN approximate_age INTEGER;
ALTER TABLE subject ADD COLUMN given_name_key VARCHAR(16);
ALTER TABLE subject ADD COLUMN family_name_key VARCHAR(16);
ALTER TABLE subject ADD COLUMN address_key VARCHAR(400);
ALTER TABLE subject ADD COLUMN linked_subject_id BIGINT REFERENCES subject (id);
CREATE INDEX subject_family_name_key_idx ON subject (family_name_key, date_of_birth);
CREATE INDEX subject_given_name_key_idx ON subject (given_name_key, date_of_birth);
CREATE INDEX subject_address_key_idx ON subject (address_key);
