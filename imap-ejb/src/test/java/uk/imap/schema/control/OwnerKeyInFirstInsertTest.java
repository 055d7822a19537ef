package uk.imap.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A record owned through a one-to-many whose owner column may not be null (an enquiry's people, its decisions and
 * handovers, an answer's items and what it held back) is inserted with that column, and the persistence unit has
 * decided so before anyone writes. EclipseLink decides it at the first insert, and not safely for two threads: it
 * sets "insert first, set the owner after" and then corrects it, so a second thread in between inserted a person with
 * no enquiry, refused by the database ("NULL not allowed for column ENQUIRY_ID", seen once under 8 concurrent
 * writers just after a deployment, answered 500).
 */
class OwnerKeyInFirstInsertTest {

    @Test
    @DisplayName("an owned one-to-many with a non-null owner column writes it in the insert, decided before any write")
    void decidedBeforeAnyWrite() throws Exception {
        EntityManagerFactory database = OutsideTheServer.persistenceUnit("owner-key-in-first-insert");
        try {
            Field decision = OneToManyMapping.class.getDeclaredField("shouldDeferInserts");
            decision.setAccessible(true);
            List<String> undecided = new ArrayList<>();
            int owned = 0;
            for (ClassDescriptor descriptor : JpaHelper.getServerSession(database).getDescriptors().values()) {
                for (DatabaseMapping mapping : descriptor.getMappings()) {
                    if (mapping instanceof UnidirectionalOneToManyMapping collection && collection
                            .getTargetForeignKeyFields().stream().anyMatch(column -> !column.isNullable())) {
                        owned++;
                        if (!Boolean.FALSE.equals(decision.get(collection))) {
                            undecided.add(descriptor.getJavaClass().getSimpleName() + "." + mapping.getAttributeName()
                                    + ": " + decision.get(collection));
                        }
                    }
                }
            }
            assertFalse(owned < 5, "an enquiry's people, decisions, handovers, an answer's items and withheld parts");
            assertEquals(List.of(), undecided);
        } finally {
            database.close();
        }
    }
}
