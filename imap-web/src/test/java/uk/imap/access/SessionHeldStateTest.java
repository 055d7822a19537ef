package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.web.WebClasses;

/**
 * On two servers behind one address, a session is copied to the other server after each request, and a page whose
 * session holds something that cannot be copied is lost when its server dies. Every field a view- or
 * session-scoped bean keeps, and every field of what those hold, must be Serializable (injected beans are
 * proxies the container copies itself).
 */
class SessionHeldStateTest {

    @Test
    @DisplayName("R27 everything a page keeps in the session can be copied to another server")
    void everythingHeldIsSerializable() throws Exception {
        List<Class<?>> beans = sessionHeldBeans();
        assertFalse(beans.isEmpty(), "the pages' beans are found");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> kind) || kind.isPrimitive() || !seen.add(kind)) {
            return;
        }
        if (kind.isArray()) {
            check(kind.getComponentType(), where + "[]", problems, seen);
            return;
        }
        if (kind.isInterface() && (Collection.class.isAssignableFrom(kind) || Map.class.isAssignableFrom(kind))) {
            return; // the collections the beans make are Serializable; their elements are checked as type arguments
        }
        if (!Serializable.class.isAssignableFrom(kind)) {
            problems.add(where + ": " + kind.getName() + " is not Serializable");
            return;
        }
        if (!kind.getName().startsWith("uk.imap.")) {
            return;
        }
        for (Class<?> declaring = kind; declaring != null; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
                    check(field.getGenericType(), where + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    /** The view- and session-scoped beans among imap-web's own classes. */
    private static List<Class<?>> sessionHeldBeans() {
        return WebClasses.all().stream().filter(kind -> kind.isAnnotationPresent(ViewScoped.class)
                || kind.isAnnotationPresent(SessionScoped.class)).toList();
    }
}
