package uk.imap.access;

import java.util.List;

/** The Elytron role names of SPEC.md, as constants for {@code @RolesAllowed}. Never write them as literals. */
public final class Roles {

    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String AGENCY_RESPONDER = "AGENCY_RESPONDER";
    public static final String MANAGER = "MANAGER";
    public static final String CALDICOTT_GUARDIAN = "CALDICOTT_GUARDIAN";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /** Every role, in the order SPEC.md lists them. */
    public static final List<String> ALL =
            List.of(PRACTITIONER, AGENCY_RESPONDER, MANAGER, CALDICOTT_GUARDIAN, AUDITOR, ADMINISTRATOR);

    private Roles() {
    }
}
