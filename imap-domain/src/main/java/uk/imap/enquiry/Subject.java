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

    @Column(length = SubjectDetails.ADDRESS_LENGTH)
    private String address;

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
        this.address = Text.trimmed(details.address());
        this.relationship = details.relationship();
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

    public String address() {
        return address;
    }

    public Relationship relationship() {
        return relationship;
    }
}
