-- Issue 16, R18: each server takes audit entries' numbers a block at a time. With blocks of 50, fifty writers used a
-- block up at once and all waited for the next, so audited writes slowed as writers were added; blocks of 1,000
-- (AuditEntry's allocationSize, which must equal this increment) last long enough. The numbers only order entries
-- until the sequencer gives them their places in the chain, so the gaps a restart leaves are harmless.
ALTER SEQUENCE audit_entry_id_seq INCREMENT BY 1000;
-- H2 still hands out one number at the old step after the change; a block of 1,000 ending there would reach back
-- into numbers already given, so that one is used up here. (PostgreSQL steps by 1,000 at once: one number lost.)
SELECT nextval('audit_entry_id_seq');
