-- R19 on H2: H2 runs triggers only as Java classes on the database's own class path, which the server's H2 module
-- does not share with the application. The embedded default therefore relies on the hash chain and its verification
-- to reveal a changed or removed event; PostgreSQL (production) refuses the change outright (V9 there).
SELECT 1;
