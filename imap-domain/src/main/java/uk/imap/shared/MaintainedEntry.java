package uk.imap.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An entry of a list administrators maintain (agencies, legal gateways, concern categories): a stable code that
 * records keep, the name people read, and whether it can be chosen now. An entry is retired, never deleted, so
 * what was recorded with it can still be read.
 */
@MappedSuperclass
public abstract class MaintainedEntry {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int ordinal;

    // R21: two saves at once (two administrators, or a timer and a person) cannot overwrite each other unseen.
    @Version
    private long version;

    protected MaintainedEntry() {
    }

    /** A new entry, active and last in the list; the code and name are checked first. */
    protected MaintainedEntry(String code, String displayName, int ordinal) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "A code is 2 to 64 capital letters, digits and underscores,"
                    + " starting with a letter, such as CHILDREN_ACT_2004_S11."));
        }
        problems.addAll(nameProblems(displayName));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.code = code;
        this.displayName = displayName.strip();
        this.active = true;
        this.ordinal = ordinal;
    }

    /** Renames the entry and makes it choosable or not; records keep the code, so nothing recorded changes. */
    public void change(String newName, boolean stillActive) {
        List<FieldProblem> problems = nameProblems(newName);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        displayName = newName.strip();
        active = stillActive;
    }

    private static List<FieldProblem> nameProblems(String name) {
        if (name == null || name.isBlank()) {
            return List.of(new FieldProblem("displayName", "Give the name people will read."));
        }
        if (name.strip().length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            return List.of(new FieldProblem("displayName", "A name is one line of at most 200 characters."));
        }
        return List.of();
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public int ordinal() {
        return ordinal;
    }
}
