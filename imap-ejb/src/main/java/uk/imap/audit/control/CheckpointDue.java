package uk.imap.audit.control;

/** The chain reached a position at which a checkpoint is due (R19). */
public record CheckpointDue(long position) {
}
