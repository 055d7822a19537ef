package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** An enquiry's reference, such as IMAP-2026-000123: the year it was raised and a number from a sequence. */
@Embeddable
public class EnquiryReference implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("IMAP-\\d{4}-\\d{6,}");

    @Column(name = "reference", nullable = false, unique = true, length = 32)
    private String value;

    protected EnquiryReference() {
    }

    private EnquiryReference(String value) {
        this.value = value;
    }

    public static EnquiryReference of(int year, long number) {
        if (year < 2000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("year " + year + " or number " + number + " out of range");
        }
        return new EnquiryReference(String.format("IMAP-%04d-%06d", year, number));
    }

    /** Reads a reference a person or a partner system typed; throws {@link NoSuchEnquiry} when it cannot be one. */
    public static EnquiryReference parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new NoSuchEnquiry(text);
        }
        return new EnquiryReference(text);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnquiryReference other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
