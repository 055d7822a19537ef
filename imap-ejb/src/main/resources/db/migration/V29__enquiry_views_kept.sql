-- Issue 16: each enquiry's view as the hub sees it in full, kept with the version of the enquiry it was read at, so
-- that reading an enquiry is one row rather than a dozen statements. Written by the first read after a change; a
-- view whose version is not the enquiry's is never used. What each reader may see is still cut at each read (R13).
ALTER TABLE enquiry ADD COLUMN view_document BYTEA;
ALTER TABLE enquiry ADD COLUMN view_document_version BIGINT;
