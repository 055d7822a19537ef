package uk.imap.report;

/**
 * One row of the roles × permitted operations report (R20).
 *
 * @param role        a role, or {@code ANY SIGNED-IN USER} for operations open to all, or {@code NOBODY} for denied ones
 * @param operation   the boundary and method, such as {@code ConsentOverrides.decide}
 * @param description the operation in words
 */
public record Permission(String role, String operation, String description) {
}
