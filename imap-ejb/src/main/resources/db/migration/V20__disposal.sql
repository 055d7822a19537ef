-- R33: a disposed enquiry keeps its reference, dates and outcome, and says when it was disposed of, by whom and
-- under which period of the retention schedule. Its personal content is erased in place.
ALTER TABLE enquiry ADD COLUMN disposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE enquiry ADD COLUMN disposed_by VARCHAR(100);
ALTER TABLE enquiry ADD COLUMN disposed_under VARCHAR(16);
