-- A committed write must survive the death of the server's process. H2 otherwise writes commits to its file up to
-- half a second later, so a killed server lost what it had acknowledged and gave lost enquiries' references out
-- again. The setting is kept in the database, so an installation whose datasource URL predates it is covered too.
SET WRITE_DELAY 0;
