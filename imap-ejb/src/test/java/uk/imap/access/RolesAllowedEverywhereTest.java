package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every public business method of every EJB names the roles that may call it, from {@link Roles}. */
class RolesAllowedEverywhereTest {

    /** The only methods anyone may call, signed in or not, each with why; @PermitAll anywhere else is a failure. */
    static final Map<String, String> OPEN_TO_ALL = Map.of(
            "Referrals.receive", "R32: professionals refer a child without an account; the form is paced and audited");

    @Test
    @DisplayName("R16 every public EJB business method carries @RolesAllowed or @DenyAll, or is a named open door")
    void everyBusinessMethodIsGuarded() throws Exception {
        List<Class<?>> beans = sessionBeans();
        List<String> unguarded = new ArrayList<>();
        int methods = 0;
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                methods++;
                String name = bean.getSimpleName() + "." + method.getName();
                boolean openDoor = method.isAnnotationPresent(PermitAll.class) && OPEN_TO_ALL.containsKey(name);
                if (!openDoor && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(DenyAll.class)) {
                    unguarded.add(name);
                }
            }
        }
        System.out.printf("Checked %d public business methods of %d session beans%n", methods, beans.size());
        assertTrue(methods > 0, "found no business methods: the scan is broken");
        assertEquals(List.of(), unguarded);
    }

    @Test
    @DisplayName("R16 role names come from the Roles constants, never a misspelt literal")
    void everyRoleNameIsKnown() throws Exception {
        for (Class<?> bean : sessionBeans()) {
            for (Method method : bean.getDeclaredMethods()) {
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed != null) {
                    Arrays.stream(allowed.value()).forEach(role -> assertTrue(Roles.ALL.contains(role),
                            bean.getSimpleName() + "." + method.getName() + " names unknown role " + role));
                }
            }
        }
    }

    static List<Class<?>> sessionBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RolesAllowedEverywhereTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Stateful.class)
                        || type.isAnnotationPresent(Singleton.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
