-- Issue 16 on H2: as for V9, no trigger here; an entry changed while it waited shows at verification, where its
-- content no longer matches the hash its transaction wrote. PostgreSQL refuses the change outright (V24 there).
SELECT 1;
