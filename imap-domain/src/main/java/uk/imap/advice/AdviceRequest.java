package uk.imap.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * R17: a practitioner's question about an enquiry to a manager or the Caldicott Guardian. The anonymised summary and
 * question are made when it is asked, so an advisor who is not entitled to the record never meets an identity; the
 * answer is shown on the enquiry.
 */
@Entity
@Table(name = "advice_request")
public class AdviceRequest {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "advice_request_id", sequenceName = "advice_request_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advice_request_id")
    private Long id;

    @Version
    private long version;

    @Column(name = "enquiry_id", nullable = false)
    private Long enquiryId;

    @Column(name = "advisor_role", nullable = false, length = 32)
    private String advisorRole;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String question;

    @Column(name = "anonymised_question", nullable = false, length = TEXT_LENGTH)
    private String anonymisedQuestion;

    @Column(name = "anonymised_summary", nullable = false, length = TEXT_LENGTH)
    private String anonymisedSummary;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private OffsetDateTime askedAt;

    @Column(length = TEXT_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected AdviceRequest() {
    }

    /**
     * Asks {@code advisorRole} (a manager or the Caldicott Guardian) for advice about the enquiry.
     *
     * @throws InvalidInput when the question or the advisor is missing
     */
    public static AdviceRequest ask(Enquiry enquiry, String question, String advisorRole, StaffMember by,
                                    OffsetDateTime at) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(question, TEXT_LENGTH, "question", "Write the question for the advisor", problems);
        if (!Roles.MANAGER.equals(advisorRole) && !Roles.CALDICOTT_GUARDIAN.equals(advisorRole)) {
            problems.add(new FieldProblem("advisorRole", "Ask a MANAGER or the CALDICOTT_GUARDIAN"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Anonymiser anonymiser = Anonymiser.of(enquiry.subjects().stream().map(s -> new SubjectDetails(s.kind(),
                s.givenName(), s.familyName(), s.dateOfBirth(), s.address(), s.relationship())).toList());
        AdviceRequest advice = new AdviceRequest();
        advice.enquiryId = enquiry.id();
        advice.advisorRole = advisorRole;
        advice.question = question.strip();
        advice.anonymisedQuestion = anonymiser.anonymise(advice.question);
        advice.anonymisedSummary = anonymiser.anonymise(enquiry.summary());
        advice.askedBy = by.username();
        advice.askedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        return advice;
    }

    /** Records the advisor's answer, once, by someone holding the role asked. */
    public void answer(String text, StaffMember by, OffsetDateTime at) {
        if (!by.has(advisorRole)) {
            throw new AdviceNotYours("This question was put to the " + advisorRole.replace('_', ' ').toLowerCase());
        }
        if (answer != null) {
            throw new AdviceNotYours("This question was answered by " + answeredBy);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(text, TEXT_LENGTH, "answer", "Write the advice", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        answer = text.strip();
        answeredBy = by.username();
        answeredAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public String advisorRole() {
        return advisorRole;
    }

    public String question() {
        return question;
    }

    public String anonymisedQuestion() {
        return anonymisedQuestion;
    }

    public String anonymisedSummary() {
        return anonymisedSummary;
    }

    public String askedBy() {
        return askedBy;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }
}
