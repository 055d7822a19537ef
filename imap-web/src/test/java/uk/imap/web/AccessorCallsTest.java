package uk.imap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

public class AccessorCallsTest {

    public record Row(String reference, int requestsOverdue) {

        public String refuse() {
            throw new IllegalStateException("refused");
        }
    }

    private record Hidden(String reference) {
    }

    private final AccessorCalls calls = new AccessorCalls();

    @Test
    void callsARecordsAccessorAndSaysItResolvedIt() {
        ELContext context = new Context();
        Row row = new Row("IMAP-2026-000001", 2);

        assertEquals("IMAP-2026-000001", calls.invoke(context, row, "reference", null, null));
        assertTrue(context.isPropertyResolved());
        context.setPropertyResolved(false);
        assertEquals(2, calls.invoke(context, row, "requestsOverdue", new Class<?>[0], new Object[0]));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void callsAnEnumsMethodWithoutArguments() {
        ELContext context = new Context();

        assertEquals("CHILD", calls.invoke(context, Kind.CHILD, "name", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesToTheOtherResolversWhatItDoesNotCall() {
        for (Object[] call : new Object[][] {
                {new Row("IMAP-2026-000001", 0), "equals", new Object[] {"x"}},
                {new Row("IMAP-2026-000001", 0), "noSuchMethod", new Object[0]},
                {new Hidden("IMAP-2026-000001"), "reference", new Object[0]},
                {Row.class, "getName", new Object[0]}}) {
            ELContext context = new Context();

            assertNull(calls.invoke(context, call[0], call[1], null, (Object[]) call[2]));
            assertFalse(context.isPropertyResolved(), () -> call[1] + " on " + call[0]);
        }
        ELContext context = new Context();
        assertNull(calls.invoke(context, null, "reference", null, null));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailureOfTheMethodIsTheExpressionsFailure() {
        IllegalStateException refused = new IllegalStateException("refused");
        ELException failed = assertThrows(ELException.class,
                () -> calls.invoke(new Context(), new Row("IMAP-2026-000001", 0), "refuse", null, null));

        assertEquals(refused.getMessage(), failed.getCause().getMessage());
        assertSame(IllegalStateException.class, failed.getCause().getClass());
    }

    public enum Kind { CHILD }

    private final class Context extends ELContext {

        @Override
        public ELResolver getELResolver() {
            return calls;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
