package uk.imap.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.imap.shared.FieldProblem;

/**
 * R22 at the edge of the API: every field of a body takes exactly the JSON type of the Java field it binds to, or
 * the field is named as a problem. JSON binding alone is lenient: it turned {@code "yes"} into false, kept the last
 * element of an array sent for a text, and rounded 1.5 to 1. A null inside a list, or for a list, is a problem too.
 * Fields the input does not know are ignored, as API.md's "more may be added" lets a newer client send them.
 */
final class JsonShape {

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonShape() {
    }

    /** The problems of {@code value} as a body for {@code type}; none when it binds exactly. */
    static List<FieldProblem> problemsOf(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.check(value, type, "");
        return shape.problems;
    }

    private void check(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            Class<?> raw = raw(type);
            if (type == boolean.class || type == int.class || type == long.class) {
                problem(path, "Give a value: it cannot be null");
            } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                // Bound, a null list replaces the input's empty one and every reader of it would have to expect it.
                problem(path, Map.class.isAssignableFrom(raw) ? "Give an object { ... }, or leave the field out"
                        : "Give a list [ ... ], or leave the field out");
            }
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class || raw.isEnum() || raw.getName().startsWith("java.time.")) {
            expect(value, JsonValue.ValueType.STRING, path, "Give text (in quotes)");
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                problem(path, "Give true or false (without quotes)");
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            wholeNumber(value, raw == Integer.class || raw == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE, path);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "Give a number");
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.ARRAY, path, "Give a list [ ... ]")) {
                Type element = argument(type, 0);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    String at = path + "[" + i + "]";
                    if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                        problem(at, "Remove the empty (null) entry from the list");
                    } else {
                        check(array.get(i), element, at);
                    }
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.OBJECT, path, "Give an object { ... }")) {
                Type member = argument(type, 1);
                value.asJsonObject().forEach((name, memberValue) -> check(memberValue, member, join(path, name)));
            }
        } else if (expect(value, JsonValue.ValueType.OBJECT, path, "Give an object { ... }")) {
            JsonObject object = value.asJsonObject();
            object.forEach((name, memberValue) -> {
                Field field = field(raw, name);
                if (field != null) {
                    check(memberValue, field.getGenericType(), join(path, name));
                }
            });
        }
    }

    private void wholeNumber(JsonValue value, long largest, String path) {
        if (!expect(value, JsonValue.ValueType.NUMBER, path, "Give a whole number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (!whole || number.abs().compareTo(BigDecimal.valueOf(largest)) > 0) {
            problem(path, "Give a whole number up to " + largest);
        }
    }

    private boolean expect(JsonValue value, JsonValue.ValueType wanted, String path, String message) {
        if (value.getValueType() != wanted) {
            problem(path, message);
            return false;
        }
        return true;
    }

    private void problem(String path, String message) {
        problems.add(new FieldProblem(path.isEmpty() ? "body" : path, message));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers())) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
                : Object.class;
    }
}
