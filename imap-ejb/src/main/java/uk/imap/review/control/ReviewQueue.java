package uk.imap.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.RecordType;
import uk.imap.review.Review;
import uk.imap.review.ReviewKind;

/**
 * Puts an item on the Caldicott Guardian's queue inside the transaction of what caused it, so the exception and its
 * review stand or fall together.
 */
@ApplicationScoped
public class ReviewQueue {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    private final Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public void raise(ReviewKind kind, String enquiryReference, RecordType recordType, Object recordId,
                      String reason) {
        em.persist(Review.raise(kind, enquiryReference, recordType.stored(), String.valueOf(recordId),
                signedIn.member().username(), reason, OffsetDateTime.now(clock)));
    }
}
