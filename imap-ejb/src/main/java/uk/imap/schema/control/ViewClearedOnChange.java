package uk.imap.schema.control;

import java.sql.Types;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.sessions.Session;
import uk.imap.enquiry.Enquiry;

/**
 * Issue 16: an enquiry's kept view ({@code KeptViews}) is cleared by the same statement as every change to the
 * enquiry, so what a change removed (a person wrongly recorded, say) does not stay in the row, in the view, until
 * the next read replaces it. An out-of-date view was never used; now it is not held either. The view is not a
 * field of the entity, so that loading an enquiry never reads it.
 */
public class ViewClearedOnChange implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getDescriptor(Enquiry.class).getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void aboutToUpdate(DescriptorEvent event) {
                ((AbstractRecord) event.getRecord()).put(view(event.getDescriptor()), null);
            }
        });
    }

    private static DatabaseField view(ClassDescriptor enquiries) {
        // Named on the descriptor's own table, known once the unit is running, not when it is customised.
        DatabaseField view = new DatabaseField("view_document", enquiries.getDefaultTable());
        // Typed, so the null is sent as bytes: PostgreSQL refuses an untyped null for a bytea column.
        view.setSqlType(Types.VARBINARY);
        view.setType(byte[].class);
        return view;
    }
}
