package uk.imap.note;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Someone who took part in a strategy discussion, and the agency they spoke for. */
@Embeddable
public class Participant implements Serializable {

    static final int LENGTH = 200;

    @Column(nullable = false, length = LENGTH)
    private String name;

    @Column(nullable = false, length = LENGTH)
    private String agency;

    protected Participant() {
    }

    public Participant(String name, String agency) {
        this.name = name;
        this.agency = agency;
    }

    public String name() {
        return name;
    }

    public String agency() {
        return agency;
    }
}
