package uk.imap.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeldRecordsTest {

    final HeldRecords records = new HeldRecords();

    /** Whether another thread can hold the record at once. */
    boolean elsewhere(String record) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                boolean held = records.hold(record, 50, TimeUnit.MILLISECONDS);
                if (held) {
                    records.release(record);
                }
                return held;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).join();
    }

    @Test
    @DisplayName("R21 a record held by one change waits for it; once let go, the next change holds it")
    void oneChangeOfARecordAtATime() throws Exception {
        assertTrue(records.hold("Enquiry#1", 0, TimeUnit.SECONDS));
        assertFalse(elsewhere("Enquiry#1"));
        records.release("Enquiry#1");
        assertTrue(elsewhere("Enquiry#1"));
    }

    @Test
    @DisplayName("R21 changes of different records never wait for each other, however alike their names' hashes")
    void differentRecordsNeverWait() throws Exception {
        // "Aa" and "BB" have the same hash code: a table of shared locks would have made these two wait.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertTrue(records.hold("Enquiry#Aa", 0, TimeUnit.SECONDS));
        assertTrue(elsewhere("Enquiry#BB"));
        assertTrue(elsewhere("InformationRequest#1"));
        records.release("Enquiry#Aa");
    }

    @Test
    @DisplayName("a lock is dropped once nobody holds or waits for it, so the table does not grow with the records")
    void locksAreDropped() throws Exception {
        for (int id = 0; id < 1000; id++) {
            assertTrue(records.hold("Enquiry#" + id, 0, TimeUnit.SECONDS));
            records.release("Enquiry#" + id);
        }
        assertTrue(records.hold("Enquiry#held", 0, TimeUnit.SECONDS));
        assertFalse(elsewhere("Enquiry#held"), "a wait that gives up leaves nothing behind");
        assertEquals(1, records.size());
        records.release("Enquiry#held");
        assertEquals(0, records.size());
    }
}
