package uk.imap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.ReadingOnly;
import uk.imap.enquiry.ConsentRequired;
import uk.imap.enquiry.EditConflict;
import uk.imap.enquiry.NoSuchEnquiry;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** The API's exception mappers: each refusal becomes the RFC 9457 problem API.md promises, and nothing else. */
class ProblemMappersTest {

    private final DomainExceptionMapper refusals = new DomainExceptionMapper();

    @Test
    @DisplayName("R22 bad input is a 400 naming each bad field, with nothing changed")
    void badInput() {
        Problem problem = problemOf(refusals.toResponse(new InvalidInput(List.of(
                new FieldProblem("summary", "Give a summary"), new FieldProblem("priority", "Choose one")))), 400);
        assertEquals("https://imap.example/problems/invalid-input", problem.type().toString());
        assertEquals(List.of("summary", "priority"), problem.errors().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R16 a record outside need to know is a 403 that names nothing of it")
    void outsideNeedToKnow() {
        Problem problem = problemOf(refusals.toResponse(new OutsideNeedToKnow("IMAP-2026-000042")), 403);
        assertEquals("https://imap.example/problems/outside-need-to-know", problem.type().toString());
        assertFalse(problem.detail().contains("000042"), problem.detail());
    }

    @Test
    @DisplayName("a reading-only person's change is a 403; a stale edit is a 409; an unknown record is a 404")
    void readingOnlyConflictAndNotFound() {
        assertEquals("https://imap.example/problems/reading-only",
                problemOf(refusals.toResponse(new ReadingOnly("IMAP-2026-000042")), 403).type().toString());
        assertEquals("https://imap.example/problems/edit-conflict", problemOf(refusals.toResponse(
                new EditConflict("prac.lee", OffsetDateTime.of(2026, 12, 2, 10, 7, 0, 0, ZoneOffset.UTC))), 409)
                .type().toString());
        assertEquals("https://imap.example/problems/not-found",
                problemOf(refusals.toResponse(new NoSuchEnquiry("IMAP-2026-000099")), 404).type().toString());
    }

    @Test
    @DisplayName("R1 a rule's refusal is a 409 that names the rule")
    void ruleRefusal() {
        Problem problem = problemOf(refusals.toResponse(new ConsentRequired()), 409);
        assertEquals("Refused by rule R1", problem.title());
        assertNull(problem.errors());
    }

    @Test
    @DisplayName("R21 two saves at the same moment: the loser gets a 409, not a 500")
    void simultaneousSave() {
        Problem problem = problemOf(new ConcurrentChangeMapper().toResponse(
                new EJBException(new RuntimeException(new OptimisticLockException("stale")))), 409);
        assertEquals("https://imap.example/problems/edit-conflict", problem.type().toString());
    }

    @Test
    @DisplayName("R21 the database away or a record busy: 503 with Retry-After; a bug: 500 with a reference only")
    void databaseAwayAndBugs() {
        Response away = new UnexpectedFailureMapper().toResponse(new EJBException(new RuntimeException(
                new SQLException("Connection refused", "08001"))));
        assertEquals("https://imap.example/problems/database-unavailable", problemOf(away, 503).type().toString());
        assertEquals("5", away.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertTrue(problemOf(away, 503).detail().contains("the database cannot be reached"));
        Response busy = new UnexpectedFailureMapper().toResponse(new EJBException(
                new LockTimeoutException("Enquiry 1 is being changed by someone else")));
        assertTrue(problemOf(busy, 503).detail().contains("someone else is changing the same record"),
                problemOf(busy, 503).detail());
        assertEquals("5", busy.getHeaderString(HttpHeaders.RETRY_AFTER));

        Problem bug = problemOf(new ConcurrentChangeMapper().toResponse(new EJBException(
                new IllegalStateException("table ENQUIRY column SECRET"))), 500);
        assertTrue(bug.detail().matches(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"),
                bug.detail());
        assertFalse(bug.detail().contains("SECRET"), bug.detail());
    }

    @Test
    @DisplayName("R22 an unreadable body, an unknown path, a wrong method or media type are problems too")
    void requestProblems() {
        assertEquals("https://imap.example/problems/unreadable-body",
                problemOf(new BodyProblemMapper().toResponse(new ProcessingException("not JSON")), 400).type()
                        .toString());
        RequestProblemMapper requests = new RequestProblemMapper();
        assertEquals("There is no such resource.", problemOf(requests.toResponse(new NotFoundException()), 404)
                .detail());
        assertEquals("This resource does not accept that method.", problemOf(requests.toResponse(
                new NotAllowedException("GET")), 405).detail());
        assertEquals("Send the body as application/json.", problemOf(requests.toResponse(
                new NotSupportedException()), 415).detail());
    }

    private static Problem problemOf(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(Problem.JSON, response.getMediaType());
        Problem problem = (Problem) response.getEntity();
        assertEquals(status, problem.status());
        return problem;
    }
}
