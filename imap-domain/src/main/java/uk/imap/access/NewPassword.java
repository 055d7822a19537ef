package uk.imap.access;

import uk.imap.shared.InvalidInput;

/**
 * A password an administrator sets (OWASP ASVS 2.1: at least 12 characters, at most 128, not the user name). The
 * characters are never kept: the identity store keeps a salted bcrypt hash of them.
 */
public final class NewPassword {

    private final char[] characters;

    private NewPassword(char[] characters) {
        this.characters = characters;
    }

    public static NewPassword of(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < 12) {
            throw new InvalidInput("password", "A password has at least 12 characters.");
        }
        if (password.length() > 128) {
            throw new InvalidInput("password", "A password has at most 128 characters.");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInput("password", "A password must not contain the user name.");
        }
        return new NewPassword(password.toCharArray());
    }

    public char[] characters() {
        return characters.clone();
    }
}
