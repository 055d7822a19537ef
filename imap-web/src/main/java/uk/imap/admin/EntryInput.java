package uk.imap.admin;

import uk.imap.shared.InvalidInput;

/** The body that adds or changes a list entry: {code, displayName, active}. */
public class EntryInput {
    private String code;
    private String displayName;
    private Boolean active;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** Whether the entry stays choosable: yes unless said otherwise. */
    boolean stillActive() {
        return active == null || active;
    }

    static EntryInput required(EntryInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"code\", \"displayName\", \"active\"}");
        }
        return input;
    }
}
