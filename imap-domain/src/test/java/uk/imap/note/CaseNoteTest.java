package uk.imap.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class CaseNoteTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

    static NoteDetails note(String text) {
        return new NoteDetails(NoteKind.NOTE, text, null, List.of(), null, null, null);
    }

    @Test
    @DisplayName("R29 a note without a time happened as it was written, by whom it was written")
    void plainNote() {
        CaseNote note = CaseNote.write(7L, note("  Spoke to the school nurse "), null, false, "prac.sam", NOW);

        assertEquals("Spoke to the school nurse", note.text());
        assertEquals(NOW, note.occurredAt());
        assertEquals("prac.sam", note.writtenBy());
    }

    @Test
    @DisplayName("R29 a strategy discussion needs its time, who took part and for which agency, the decision, next steps")
    void strategyDiscussionIsComplete() {
        NoteDetails bare = new NoteDetails(NoteKind.STRATEGY_DISCUSSION, "Met", null,
                List.of(new NoteDetails.ParticipantDetails("DS Brook", " ")), null, "", null);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> bare.check(NOW));

        assertEquals(List.of("occurredAt", "decision", "nextSteps", "participants[0].agency"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R29 nothing a note records happened in the future")
    void notInTheFuture() {
        NoteDetails ahead = new NoteDetails(NoteKind.NOTE, "Visit", NOW.plusMinutes(5), List.of(), null, null, null);

        assertThrows(InvalidInput.class, () -> ahead.check(NOW));
    }

    @Test
    @DisplayName("R29 a correction supersedes a note of the same enquiry, once; another enquiry's note is not found")
    void correctedOnceOnItsOwnEnquiry() {
        CaseNote first = CaseNote.write(7L, note("Tuesday"), null, false, "prac.sam", NOW);
        NoteDetails correction = new NoteDetails(NoteKind.NOTE, "Wednesday", null, List.of(), null, null, 1L);

        assertThrows(InvalidInput.class, () -> CaseNote.write(7L, correction, first, true, "prac.sam", NOW));
        InvalidInput elsewhere = assertThrows(InvalidInput.class,
                () -> CaseNote.write(8L, correction, first, false, "prac.sam", NOW));
        assertTrue(elsewhere.problems().get(0).message().contains("no note 1"), elsewhere.getMessage());
        assertThrows(InvalidInput.class, () -> CaseNote.write(7L, correction, null, false, "prac.sam", NOW));
    }
}
