/**
 * R29: what changed for me. Each role's tasks (answers arrived, advice given, handed over, consent to review,
 * decisions due, approvals waiting, requests due, reviews waiting, the last verification, accounts to look at),
 * newest first. A task names a reference and what happened, never a person or case content.
 */
package uk.imap.task;
