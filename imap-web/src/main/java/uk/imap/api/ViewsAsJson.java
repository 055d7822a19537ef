package uk.imap.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.control.WrittenViews;
import uk.imap.enquiry.Worklist;
import uk.imap.sharing.AskedRequestView;

/**
 * Issue 16: an enquiry, a worklist's rows and the requests on an agency's list written as JSON once for each
 * distinct view, and the bytes held for the answers that follow ({@link WrittenViews}): always exactly what the shared
 * binding ({@link JsonBinding}) writes for the view being answered.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ViewsAsJson implements MessageBodyWriter<Object> {

    private static final byte[] ENQUIRIES = bytes("{\"enquiries\":[");
    private static final byte[] COMMA = bytes(",");
    private static final byte[] OPEN = bytes("[");
    private static final byte[] CLOSE = bytes("]");

    @Inject
    WrittenViews written;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EnquiryView.class || type == Worklist.class || isAskedList(type, genericType);
    }

    // An agency's list, sent as a list of requests as its agency sees them (a GenericEntity keeps the element type).
    private static boolean isAskedList(Class<?> type, Type genericType) {
        return List.class.isAssignableFrom(type) && genericType instanceof ParameterizedType list
                && list.getRawType() == List.class && list.getActualTypeArguments()[0] == AskedRequestView.class;
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        // Whole before its first byte is sent, so a failure while writing is a clean 500, never half an answer.
        Charset charset = charsetOf(mediaType);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream(8192);
            try (Writer encoded = new OutputStreamWriter(whole, charset)) {
                JsonBinding.SHARED.toJson(answer, encoded);
            }
            whole.writeTo(body);
            return;
        }
        if (answer instanceof List<?> asked) {
            json(asked).writeTo(body);
        } else if (answer instanceof Worklist list) {
            json(list).writeTo(body);
        } else {
            body.write(json((EnquiryView) answer));
        }
    }

    // JSON's own encoding unless the type names another this runtime knows.
    private static Charset charsetOf(MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** What the shared binding writes for this enquiry, in UTF-8. */
    private byte[] json(EnquiryView view) {
        return written.of(view, unwritten -> bytes(JsonBinding.SHARED.toJson(unwritten)));
    }

    /**
     * What the shared binding writes for this worklist (its parts in the binding's order: by name), in UTF-8, whole,
     * and sent from where it was put together rather than copied once more.
     */
    private ByteArrayOutputStream json(Worklist list) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream(1024 * (1 + list.enquiries().size()));
        whole.writeBytes(ENQUIRIES);
        for (int i = 0; i < list.enquiries().size(); i++) {
            if (i > 0) {
                whole.writeBytes(COMMA);
            }
            whole.writeBytes(json(list.enquiries().get(i)));
        }
        whole.writeBytes(bytes("],\"page\":" + list.page() + ",\"size\":" + list.size() + ",\"total\":" + list.total()
                + "}"));
        return whole;
    }

    /** What the shared binding writes for a list of requests as their agency sees them, in UTF-8, whole. */
    private ByteArrayOutputStream json(List<?> asked) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream(2048 * (1 + asked.size()));
        whole.writeBytes(OPEN);
        for (int i = 0; i < asked.size(); i++) {
            if (i > 0) {
                whole.writeBytes(COMMA);
            }
            whole.writeBytes(written.of((AskedRequestView) asked.get(i),
                    unwritten -> bytes(JsonBinding.SHARED.toJson(unwritten))));
        }
        whole.writeBytes(CLOSE);
        return whole;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
