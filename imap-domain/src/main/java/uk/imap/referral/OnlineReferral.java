package uk.imap.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** R32: an enquiry that came in through the online form, and where its outcome is to be told. */
@Entity
@Table(name = "online_referral")
public class OnlineReferral {

    @Id
    @SequenceGenerator(name = "online_referral_id", sequenceName = "online_referral_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_referral_id")
    private Long id;

    @Column(name = "enquiry_id", nullable = false, updatable = false, unique = true)
    private Long enquiryId;

    @Column(name = "referrer_email", nullable = false, length = Referral.SHORT, updatable = false)
    private String referrerEmail;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    protected OnlineReferral() {
    }

    public OnlineReferral(Long enquiryId, String referrerEmail, OffsetDateTime receivedAt) {
        this.enquiryId = enquiryId;
        this.referrerEmail = referrerEmail.strip();
        this.receivedAt = receivedAt.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public String referrerEmail() {
        return referrerEmail;
    }
}
