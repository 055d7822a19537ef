-- Issue 16: the home page asks for the answers given in the last two weeks on a person's enquiries; without an index
-- on the time of answer, every answer the hub ever received was read to find them.
CREATE INDEX disclosure_answered_idx ON disclosure (answered_at);
