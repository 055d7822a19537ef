package uk.imap.advice;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A question and its advice as one reader may see it (R17): for an advisor not entitled to the record, the
 * anonymised question and summary, and no enquiry reference.
 *
 * @param anonymised whether names, places and identifiers have been replaced for this reader
 */
public record AdviceView(Long id, String enquiryReference, String advisorRole, String question, String summary,
                         boolean anonymised, String askedBy, OffsetDateTime askedAt, String answer, String answeredBy,
                         OffsetDateTime answeredAt) implements Serializable {

    public static AdviceView of(AdviceRequest advice, String reference, String summary, boolean entitled) {
        return new AdviceView(advice.id(), entitled ? reference : null, advice.advisorRole(),
                entitled ? advice.question() : advice.anonymisedQuestion(),
                entitled ? summary : advice.anonymisedSummary(), !entitled, advice.askedBy(), advice.askedAt(),
                advice.answer(), advice.answeredBy(), advice.answeredAt());
    }
}
