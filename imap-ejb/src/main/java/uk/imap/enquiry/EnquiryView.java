package uk.imap.enquiry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An enquiry as the API and the pages show it (API.md "Enquiry"), read while the transaction is open so
 * nothing lazy leaks past the boundary.
 */
public record EnquiryView(String reference, EnquiryStatus status, long version, Source source, ReferrerView referrer,
                          String summary, List<String> concernCategories, Threshold threshold, Priority priority,
                          String owner, String team, List<SubjectView> subjects, OffsetDateTime createdAt) {

    public record ReferrerView(String name, String organisation, String contact) {
    }

    public record SubjectView(Long id, SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth,
                              String address, Relationship relationship) {
    }

    public static EnquiryView of(Enquiry enquiry) {
        Referrer referrer = enquiry.referrer();
        return new EnquiryView(enquiry.reference().value(), enquiry.status(), enquiry.version(), enquiry.source(),
                referrer == null ? null
                        : new ReferrerView(referrer.name(), referrer.organisation(), referrer.contact()),
                enquiry.summary(), List.copyOf(enquiry.concernCategories()), enquiry.threshold(), enquiry.priority(),
                enquiry.owner(), enquiry.team(),
                enquiry.subjects().stream().map(s -> new SubjectView(s.id(), s.kind(), s.givenName(), s.familyName(),
                        s.dateOfBirth(), s.address(), s.relationship())).toList(),
                enquiry.createdAt());
    }
}
