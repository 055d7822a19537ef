package uk.imap.access;

import uk.imap.shared.NoSuchRecord;

/** The identity store has no account with this user name. */
public class NoSuchAccount extends NoSuchRecord {

    public NoSuchAccount(String username) {
        super("There is no account called " + username + ".");
    }
}
