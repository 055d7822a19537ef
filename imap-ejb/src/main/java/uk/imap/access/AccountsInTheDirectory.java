package uk.imap.access;

import uk.imap.shared.DomainException;

/**
 * The server signs people in against a directory (LDAP, Active Directory): accounts are the council's to manage
 * there, and IMAP never writes to it. IMAP reads a change at the person's next sign-in (R20).
 */
public class AccountsInTheDirectory extends DomainException {

    public AccountsInTheDirectory(String realm) {
        super("R20", "Accounts are kept in the council's directory (" + realm + "): create, change, re-password and"
                + " disable them there. IMAP reads a change at the person's next sign-in.");
    }
}
