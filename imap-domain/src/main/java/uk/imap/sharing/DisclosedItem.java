package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import uk.imap.shared.Text;

/** One item an agency shared, with the labels that go wherever it goes: reliability (R12) and sensitivity (R13). */
@Entity
@Table(name = "disclosure_item")
public class DisclosedItem {

    @Id
    @SequenceGenerator(name = "disclosure_item_id", sequenceName = "disclosure_item_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_item_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private InformationCategory category;

    @Column(nullable = false, length = DisclosureDetails.TEXT_LENGTH)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Reliability reliability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sensitivity sensitivity;

    @Column(name = "outside_request_justification", length = DisclosureDetails.TEXT_LENGTH)
    private String outsideRequestJustification;

    protected DisclosedItem() {
    }

    DisclosedItem(DisclosureDetails.ItemDetails details) {
        category = details.category();
        content = details.content().strip();
        reliability = details.reliability();
        sensitivity = details.sensitivity();
        outsideRequestJustification = Text.trimmed(details.outsideRequestJustification());
    }

    public Long id() {
        return id;
    }

    public InformationCategory category() {
        return category;
    }

    public String content() {
        return content;
    }

    public Reliability reliability() {
        return reliability;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public String outsideRequestJustification() {
        return outsideRequestJustification;
    }
}
