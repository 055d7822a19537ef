package uk.imap.report;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.imap.access.Roles;
import uk.imap.report.control.ReportStamps;

/**
 * R20: roles × permitted operations, read at run time from the session beans the server has deployed and their
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, never from a list kept by hand.
 */
@Stateless
public class RolePermissions {

    static final String ANYONE = "ANY SIGNED-IN USER";
    static final String NOBODY = "NOBODY";

    @Inject
    BeanManager beans;

    @Inject
    ReportStamps stamps;

    /** The permissions, and the report's stamp. */
    public record Stamped(List<Permission> permissions, ReportStamp stamp) {

        public ReportTable table() {
            return table("Roles and the operations they may call", permissions);
        }

        /** What one role may call, with the operations open to anyone signed in; all of it for no role. */
        public ReportTable table(String role) {
            if (role == null || role.isBlank()) {
                return table();
            }
            return table("Operations " + role + " may call, and those any signed-in user may call",
                    permissions.stream().filter(p -> p.role().equals(role) || p.role().equals(ANYONE)).toList());
        }

        private static ReportTable table(String title, List<Permission> rows) {
            return new ReportTable(title, List.of("Role", "Operation", "Description"), rows.stream()
                    .map(p -> List.of(p.role(), p.operation(), p.description())).toList());
        }
    }

    @RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
    public Stamped report(ReportFormat format) {
        Set<Class<?>> sessionBeans = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getPackageName().startsWith("uk.imap") && (type.isAnnotationPresent(Stateless.class)
                    || type.isAnnotationPresent(Singleton.class) || type.isAnnotationPresent(Stateful.class))) {
                sessionBeans.add(type);
            }
        }
        List<Permission> rows = new ArrayList<>();
        for (Class<?> type : sessionBeans) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String operation = type.getSimpleName() + "." + method.getName();
                String description = describe(type.getSimpleName(), method.getName());
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed != null) {
                    for (String role : allowed.value()) {
                        rows.add(new Permission(role, operation, description));
                    }
                } else if (method.isAnnotationPresent(PermitAll.class)) {
                    rows.add(new Permission(ANYONE, operation, description));
                } else if (method.isAnnotationPresent(DenyAll.class)) {
                    rows.add(new Permission(NOBODY, operation, description));
                }
            }
        }
        rows.sort(Comparator.comparing(Permission::role).thenComparing(Permission::operation));
        return new Stamped(rows, stamps.stamp("role-permissions", format, null));
    }

    // "ConsentOverrides" and "decide" read as "Consent overrides: decide".
    static String describe(String boundary, String method) {
        return words(boundary) + ": " + words(method).toLowerCase();
    }

    private static String words(String camelCase) {
        String spaced = camelCase.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.substring(0, 1).toUpperCase() + spaced.substring(1).toLowerCase();
    }
}
