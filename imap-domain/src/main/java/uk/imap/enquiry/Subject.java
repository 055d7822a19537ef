package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.imap.shared.Text;

/** A child, young person or related adult an enquiry is about. */
@Entity
@Table(name = "subject")
public class Subject {

    @Id
    @SequenceGenerator(name = "subject_id", sequenceName = "subject_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubjectKind kind;

    @Column(name = "given_name", nullable = false, length = SubjectDetails.NAME_LENGTH)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = SubjectDetails.NAME_LENGTH)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "approximate_age")
    private Integer approximateAge;

    @Column(length = SubjectDetails.ADDRESS_LENGTH)
    private String address;

    // R24: the keys by which people already known are found, kept beside what they key.
    @Column(name = "given_name_key", length = 16)
    private String givenNameKey;

    @Column(name = "family_name_key", length = 16)
    private String familyNameKey;

    @Column(name = "address_key", length = SubjectDetails.ADDRESS_LENGTH)
    private String addressKey;

    @Column(name = "linked_subject_id")
    private Long linkedSubjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Relationship relationship;

    protected Subject() {
    }

    Subject(SubjectDetails details) {
        this.kind = details.kind();
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.dateOfBirth = details.dateOfBirth();
        this.approximateAge = details.dateOfBirth() == null ? details.approximateAge() : null;
        this.address = Text.trimmed(details.address());
        this.relationship = details.relationship();
        this.linkedSubjectId = details.linkedSubjectId();
        PersonKeys keys = PersonKeys.of(givenName, familyName, address);
        this.givenNameKey = keys.givenName();
        this.familyNameKey = keys.familyName();
        this.addressKey = keys.address();
    }

    public Long id() {
        return id;
    }

    public SubjectKind kind() {
        return kind;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Integer approximateAge() {
        return approximateAge;
    }

    public String address() {
        return address;
    }

    public Long linkedSubjectId() {
        return linkedSubjectId;
    }

    public Relationship relationship() {
        return relationship;
    }
}
