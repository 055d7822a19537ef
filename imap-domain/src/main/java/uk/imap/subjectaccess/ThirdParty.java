package uk.imap.subjectaccess;

import java.io.Serializable;
import java.util.List;

/**
 * Someone other than the person asking who is named in a section of the bundle: to be reviewed, and withheld or
 * redacted where the law requires, before the bundle is released.
 *
 * @param name        the name as recorded
 * @param as          how they come into the record, in words
 * @param mentionedIn where else in the same section the name appears (the summary, a statement, a disclosed item)
 */
public record ThirdParty(String name, String as, List<String> mentionedIn) implements Serializable {
}
