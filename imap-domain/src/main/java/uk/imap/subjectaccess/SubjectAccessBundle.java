package uk.imap.subjectaccess;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * R33: everything IMAP holds about one person, for the hub to review and release: one section per enquiry they appear
 * in, newest first, and every third party marked for review. Enquiries outside the producer's need to know are
 * counted, not shown, unless a reason was recorded for including them.
 *
 * @param reason             why enquiries outside need to know were included, or null when they were not
 * @param outsideNeedToKnow  enquiries about the person left out because they lie outside the producer's need to know
 */
public record SubjectAccessBundle(long personId, String givenName, String familyName, LocalDate dateOfBirth,
                                  String address, OffsetDateTime producedAt, String producedBy, String reason,
                                  List<BundleSection> enquiries, int outsideNeedToKnow) implements Serializable {

    /** Every third party across the bundle, each counted once per section they appear in. */
    public int thirdPartiesToReview() {
        return enquiries.stream().mapToInt(section -> section.thirdParties().size()).sum();
    }
}
