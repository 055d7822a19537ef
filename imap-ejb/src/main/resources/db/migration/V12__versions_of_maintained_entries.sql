-- R21: lists administrators maintain, response times and emergency access carry a version, so that two saves at
-- once cannot overwrite each other unseen.
ALTER TABLE agency ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE legal_gateway ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE concern_category ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE response_time ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE emergency_access ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
