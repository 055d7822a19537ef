package uk.imap.schema.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Inserts a record owned through a one-to-many whose owner column may not be null (an enquiry's people, decisions and
 * handovers, an answer's items and what it held back) with that column in the insert itself, decided here, once,
 * before the unit serves anyone. EclipseLink makes the same decision lazily at the first insert, and not safely for
 * two threads: it first sets "insert without the owner, fill it in after" and then corrects it, so a second thread in
 * between inserted a person without their enquiry, which the database refused (a 500 under 8 concurrent writers just
 * after a deployment).
 */
public class OwnerKeyInFirstInsert implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof UnidirectionalOneToManyMapping owned && owned.getTargetForeignKeyFields()
                        .stream().anyMatch(column -> !column.isNullable())) {
                    owned.setShouldDeferInsert(false);
                }
            }
        }
    }
}
