package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * R23 break-glass: a practitioner or manager opens an enquiry outside its need to know by giving a reason. Granted at
 * once for 60 minutes; every read during it is audited and the grant is queued for the Caldicott Guardian's review.
 * Modelled on the NHS Summary Care Record's emergency access with privacy-officer review.
 */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccess {

    public static final Duration LASTS = Duration.ofMinutes(60);
    public static final int REASON_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "emergency_access_id", sequenceName = "emergency_access_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emergency_access_id")
    private Long id;

    // R21: two saves at once (two administrators, or a timer and a person) cannot overwrite each other unseen.
    @Version
    private long version;

    @Column(name = "enquiry_id", nullable = false)
    private Long enquiryId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "expiry_recorded_at")
    private OffsetDateTime expiryRecordedAt;

    protected EmergencyAccess() {
    }

    /**
     * Grants {@code member} emergency access to the enquiry for {@link #LASTS}.
     *
     * @throws InvalidInput when no reason is given, or the member already may see the enquiry
     * @throws EmergencyAccessRefused when the member is neither a practitioner nor a manager
     */
    public static EmergencyAccess grant(Enquiry enquiry, StaffMember member, String reason, OffsetDateTime at) {
        if (!member.has(Roles.PRACTITIONER) && !member.has(Roles.MANAGER)) {
            throw new EmergencyAccessRefused();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(reason, REASON_LENGTH, "reason", "Say why you need this enquiry now", problems);
        if (NeedToKnow.of(member).permits(enquiry)) {
            problems.add(new FieldProblem("reference", "You may already see this enquiry: no emergency access is needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EmergencyAccess access = new EmergencyAccess();
        access.enquiryId = enquiry.id();
        access.username = member.username();
        access.reason = reason.strip();
        access.grantedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        access.expiresAt = access.grantedAt.plus(LASTS);
        return access;
    }

    /** Whether the grant still lets its holder in at {@code now}. */
    public boolean isActive(OffsetDateTime now) {
        return now.isBefore(expiresAt);
    }

    /** Whether the grant has ended at {@code now} and its end is not yet on record. */
    public boolean endsUnrecorded(OffsetDateTime now) {
        return !isActive(now) && expiryRecordedAt == null;
    }

    public void expiryRecorded(OffsetDateTime at) {
        expiryRecordedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public String username() {
        return username;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }
}
