package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.casefile.EnquiryView;

/**
 * R21 under a storm: 10,000 saves of one enquiry from many threads, each from the version its thread last saw.
 * Every save either wins (the version moves on by exactly one, with its audit event) or is told of the conflict:
 * no update is lost, none is silent.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictingEditsIT {

    static final int SAVES = 10_000;
    static final int THREADS = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(ConflictingEditsIT.class, EnquiriesIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("R21 10,000 conflicting saves from 8 threads: every winner counted once, every loser told, none lost")
    void noLostUpdates() throws Exception {
        // One sign-in for the whole storm: the password check is not what is under test.
        SecurityIdentity sam = SignedInAs.identity("prac.sam");
        Callable<EnquiryView> draft = () -> enquiries.draft(EnquiriesIT.intake("Storm of saves"));
        EnquiryView drafted = sam.runAs(draft);
        AtomicLong lastSeen = new AtomicLong(drafted.version());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        Set<String> winners = ConcurrentHashMap.newKeySet();
        java.util.Map<Long, Integer> versionsWon = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new ArrayList<>();

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            work.add(threads.submit(() -> {
                for (int save = next.getAndIncrement(); save < SAVES; save = next.getAndIncrement()) {
                    String summary = "Save " + save;
                    try {
                        Callable<EnquiryView> revise = () -> enquiries.revise(drafted.reference(), lastSeen.get(),
                                EnquiriesIT.intake(summary));
                        EnquiryView saved = sam.runAs(revise);
                        winners.add(summary);
                        versionsWon.merge(saved.version(), 1, Integer::sum);
                        lastSeen.accumulateAndGet(saved.version(), Math::max);
                    } catch (Exception refused) {
                        if (isConflict(refused)) {
                            told.incrementAndGet();
                        } else {
                            synchronized (unexpected) {
                                unexpected.add(refused);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("ConflictingEditsIT: %d saves in %.1f s (%.0f/s): %d won, %d told of a conflict%n", SAVES,
                seconds, SAVES / seconds, winners.size(), told.get());
        Callable<EnquiryView> find = () -> enquiries.find(drafted.reference());
        EnquiryView last = sam.runAs(find);
        System.out.printf("ConflictingEditsIT: version %d -> %d, %d ENQUIRY_REVISED events%n", drafted.version(),
                last.version(), revisedEvents(drafted.reference()));
        assertEquals(List.of(), unexpected.stream().map(Throwable::toString).toList());
        assertEquals(SAVES, winners.size() + told.get(), "every save won or was told");
        assertEquals(List.of(), versionsWon.entrySet().stream().filter(won -> won.getValue() > 1).toList(),
                "no version was won by two saves");
        assertEquals(drafted.version() + winners.size(), last.version(), "each win moved the version on once");
        assertTrue(winners.contains(last.summary()), "the enquiry holds a winner's summary: " + last.summary());
        assertEquals(winners.size(), revisedEvents(drafted.reference()), "each win has its audit event");
    }

    private static boolean isConflict(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof EditConflict || cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private long revisedEvents(String reference) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM audit_event"
                     + " WHERE action = 'ENQUIRY_REVISED' AND record_id = ?")) {
            query.setString(1, reference);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
