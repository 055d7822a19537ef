package uk.imap.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * R27: one of an account's {@link SignInLockout#MAX_FAILED_CHECKS} places for a password check. A check takes a place
 * before its password is tried and gives it back if the password was right; a wrong one keeps it for the lockout's
 * window. The places are rows keyed by name and number, so the database itself lets no sixth check start while five
 * are failed or under way, however many requests race, on one server or several.
 */
@Entity
@Table(name = "password_check")
@IdClass(PasswordCheck.Key.class)
public class PasswordCheck {

    /**
     * How long a check under way holds its place if its server dies before it ends. A check takes a tenth of a
     * second; a server restarted after a crash takes longer than this to boot, so nobody finds their account held.
     */
    public static final Duration UNDER_WAY_AT_MOST = Duration.ofSeconds(10);

    @Id
    @Column(name = "account_name", nullable = false, length = 320)
    private String accountName;

    @Id
    @Column(nullable = false)
    private int place;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    @Column(name = "holds_until", nullable = false)
    private OffsetDateTime holdsUntil;

    protected PasswordCheck() {
    }

    static PasswordCheck start(String accountName, int place, Instant now) {
        PasswordCheck check = new PasswordCheck();
        check.accountName = accountName;
        check.place = place;
        check.startedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        check.holdsUntil = check.startedAt.plus(UNDER_WAY_AT_MOST);
        return check;
    }

    /** The password was wrong: the place stays taken until the failure leaves the lockout's window. */
    public void failed(Instant at) {
        failedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        holdsUntil = failedAt.plus(SignInLockout.WINDOW);
    }

    public boolean hasFailed() {
        return failedAt != null;
    }

    public Instant failedAt() {
        return failedAt.toInstant();
    }

    public boolean holdsPlaceAt(Instant now) {
        return holdsUntil.toInstant().isAfter(now);
    }

    public int place() {
        return place;
    }

    public Key key() {
        return new Key(accountName, place);
    }

    /** The primary key: an account's name and the number of its place. */
    public static class Key implements Serializable {

        private String accountName;
        private int place;

        public Key() {
        }

        public Key(String accountName, int place) {
            this.accountName = accountName;
            this.place = place;
        }

        public String accountName() {
            return accountName;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.place == place && Objects.equals(key.accountName, accountName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountName, place);
        }
    }
}
