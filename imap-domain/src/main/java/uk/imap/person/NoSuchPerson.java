package uk.imap.person;

import uk.imap.shared.NoSuchRecord;

/** No person has this identifier at all (R16 forbids hiding a real one behind this). */
public class NoSuchPerson extends NoSuchRecord {

    public NoSuchPerson(long id) {
        super("There is no person " + id);
    }
}
