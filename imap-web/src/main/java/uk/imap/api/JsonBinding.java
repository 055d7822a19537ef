package uk.imap.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON binding for every answer of the API. Without it the REST implementation made a binding per answer, and
 * each new binding studies every class it writes afresh: about a tenth of the time of a long list (issue 16's
 * profile of the agency's list). A binding is safe to share between threads.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBinding implements ContextResolver<Jsonb> {

    static final Jsonb SHARED = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return SHARED;
    }
}
