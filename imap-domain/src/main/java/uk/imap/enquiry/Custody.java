package uk.imap.enquiry;

import java.util.Collection;

/**
 * Who an enquiry is in the hands of, as need to know asks (R16): its owner, its team and the practitioners assigned
 * to it. An enquiry has it, and so has every view of it, as it was at the view's version.
 */
public interface Custody {

    String owner();

    String team();

    Collection<String> assignees();
}
