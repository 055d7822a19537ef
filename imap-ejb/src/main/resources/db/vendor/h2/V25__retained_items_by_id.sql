-- Issue 16: what an agency retained becomes an entity with an id of its own, like a shared item, so that a list of
-- answers reads it in one query. The agency's order stays in position; the rows already there are numbered in it.
CREATE SEQUENCE disclosure_retained_id_seq START WITH 50 INCREMENT BY 50;
ALTER TABLE disclosure_retained ADD COLUMN id BIGINT;
UPDATE disclosure_retained SET id = NEXT VALUE FOR disclosure_retained_id_seq;
ALTER TABLE disclosure_retained ALTER COLUMN id SET NOT NULL;
ALTER TABLE disclosure_retained ADD CONSTRAINT disclosure_retained_id_key UNIQUE (id);
