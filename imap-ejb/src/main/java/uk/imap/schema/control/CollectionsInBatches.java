package uk.imap.schema.control;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads the element collections of basic values (a consent decision's grounds and factors, a request's gateways and
 * categories, an answer's Caldicott principles, an enquiry's assignees and concerns) and the one-to-many collections
 * of entities (a request's answers, an answer's items and what it held back, an enquiry's people and decisions) for
 * all the rows a query read in one query, rather than one query per row: before, one short benchmark run at one user
 * read a consent decision's grounds 10,455 times, a row at a time, and opening an enquiry read each request's answers,
 * and each answer's items and withheld parts, a request or an answer at a time. Set here rather than on the
 * entities, which stay plain JPA.
 */
public class CollectionsInBatches implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    collection.setBatchFetchType(BatchFetchType.IN);
                } else if (mapping instanceof OneToManyMapping collection) {
                    collection.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
