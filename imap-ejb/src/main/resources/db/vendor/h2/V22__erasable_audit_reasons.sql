-- R33 on H2: as for V9, H2 has no trigger here; the hash chain and its verification reveal any change beyond the
-- erasure of a reason kept under its digest. PostgreSQL refuses such changes outright (V22 there).
SELECT 1;
