package uk.imap.enquiry.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The values of one SQL statement as it is written: each value added gives its place holder ({@code ?1}, {@code ?2},
 * ...), so conditions written in parts (need to know, a list's filters) number their values in one sequence.
 */
public final class NumberedParameters {

    private final List<Object> values = new ArrayList<>();

    /** Adds {@code value} and returns its place holder. */
    public String of(Object value) {
        values.add(value);
        return "?" + values.size();
    }

    /** Adds each value and returns their place holders for an IN list: {@code ?3, ?4, ?5}. */
    public String ofEach(Collection<?> each) {
        return each.stream().map(this::of).collect(Collectors.joining(", "));
    }

    /** The statement {@code sql} with these values bound. */
    public Query bound(EntityManager em, String sql) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
