/** The boundary of each person's tasks: their home page and GET /tasks (R29). */
package uk.imap.task;
