/** GET /tasks and the tasks on each person's home page (R29). */
package uk.imap.task;
