package uk.imap.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.ChainHead;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.report.ReportFormat;
import uk.imap.report.ReportStamp;

/** Records that a report was generated, in which format and for what, and stamps it with the chain head after. */
@ApplicationScoped
public class ReportStamps {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    SignedIn signedIn;

    private final Clock clock = Clock.systemUTC();

    @Transactional(TxType.MANDATORY)
    public ReportStamp stamp(String report, ReportFormat format, String detail) {
        return stamped(AuditAction.REPORT_GENERATED, RecordType.REPORT, report,
                format.name() + (detail == null ? "" : " " + detail));
    }

    /** A record printed: an event naming the record itself, and the chain head after it for the print to carry. */
    @Transactional(TxType.MANDATORY)
    public ReportStamp printed(RecordType type, String id) {
        return stamped(AuditAction.RECORD_PRINTED, type, id, ReportFormat.PDF.name());
    }

    private ReportStamp stamped(AuditAction action, RecordType type, String id, String reason) {
        auditTrail.record(action, type, id, reason);
        // The append locked and moved the head in this transaction: this is the head including the report's event.
        ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD);
        return new ReportStamp(signedIn.member().username(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                head.position(), head.hash());
    }
}
