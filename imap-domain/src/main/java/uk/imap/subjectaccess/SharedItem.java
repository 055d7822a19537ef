package uk.imap.subjectaccess;

import java.io.Serializable;

/** One item an agency disclosed, with how reliable and how sensitive the agency said it is. */
public record SharedItem(String category, String content, String reliability, String sensitivity)
        implements Serializable {
}
