package uk.imap.audit;

/** The chain reached a position at which a checkpoint is due (R19). */
public record CheckpointDue(long position) {
}
