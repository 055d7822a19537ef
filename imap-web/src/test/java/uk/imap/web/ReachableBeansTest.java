package uk.imap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.PageDenial;
import uk.imap.access.SignInNotice;
import uk.imap.access.SignedInUser;
import uk.imap.access.control.SignedIn;
import uk.imap.enquiry.Enquiries;

/**
 * R16 holds for whatever a page or a resource can call. Each page bean and REST resource, and every bean of imap-web
 * they inject in turn, may reach imap-ejb only through a boundary: a session bean whose every public method names
 * the roles allowed to call it. A control bean (the {@code control} packages) checks no role, so none may be
 * injected where a person's request leads; the security layer (filters, the sign-in's notifications) uses them
 * before roles apply. Two page beans belong to that layer, and are named here with their reasons.
 */
class ReachableBeansTest {

    private static final Map<Class<?>, String> SECURITY_LAYER = Map.of(
            PageDenial.class, "records the refusal the access-denied page shows; it reads nothing",
            SignInNotice.class, "tells the sign-in page about a lockout, before anyone is signed in");

    /**
     * The page header's bean reads the caller's own identity as the services read it, nothing of the hub's records:
     * that control bean, and no other, is open to it.
     */
    private static final Map<Class<?>, Class<?>> OWN_IDENTITY = Map.of(SignedInUser.class, SignedIn.class);

    /** Boundary methods open to anyone on purpose (@PermitAll), as the roles test of imap-ejb names them. */
    private static final Set<String> OPEN_TO_ALL = Set.of("Referrals.receive");

    @Test
    @DisplayName("R16 pages and resources reach imap-ejb only through boundaries that check roles")
    void everyReachableBeanChecksRoles() {
        List<Class<?>> web = WebClasses.all();
        Set<Class<?>> webClasses = new HashSet<>(web);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> boundaries = new HashSet<>();
        int entries = 0;
        for (Class<?> entry : web) {
            if (!entry.isAnnotationPresent(Named.class) && !entry.isAnnotationPresent(Path.class)) {
                continue;
            }
            entries++;
            Set<Class<?>> seen = new HashSet<>();
            Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(entry));
            while (!toVisit.isEmpty()) {
                Class<?> bean = toVisit.pop();
                if (!seen.add(bean)) {
                    continue;
                }
                for (Class<?> injected : injectedInto(bean)) {
                    if (webClasses.contains(injected)) {
                        toVisit.push(injected);
                    } else if (isFromImapEjb(injected)) {
                        if (checksRoles(injected)) {
                            boundaries.add(injected);
                        } else if (SECURITY_LAYER.containsKey(bean) || OWN_IDENTITY.get(bean) == injected) {
                            continue;
                        } else {
                            problems.add(entry.getSimpleName() + " reaches " + injected.getName()
                                    + (bean == entry ? "" : " through " + bean.getSimpleName()));
                        }
                    }
                }
            }
        }
        System.out.printf("%d pages and resources reach %d boundaries%n", entries, boundaries.size());
        assertTrue(entries > 20 && boundaries.size() > 10, "the scan found too little: it is broken");
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> injectedInto(Class<?> bean) {
        List<Class<?>> injected = new ArrayList<>();
        for (Class<?> kind = bean; kind != null && kind != Object.class; kind = kind.getSuperclass()) {
            for (Field field : kind.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    injected.add(field.getType());
                }
            }
        }
        return injected;
    }

    private static boolean isFromImapEjb(Class<?> type) {
        return type.getProtectionDomain().getCodeSource() != null && type.getProtectionDomain().getCodeSource()
                .getLocation().equals(Enquiries.class.getProtectionDomain().getCodeSource().getLocation());
    }

    private static boolean checksRoles(Class<?> bean) {
        boolean sessionBean = bean.isAnnotationPresent(Stateless.class) || bean.isAnnotationPresent(Singleton.class)
                || bean.isAnnotationPresent(Stateful.class);
        for (Method method : bean.getDeclaredMethods()) {
            boolean openDoor = method.isAnnotationPresent(PermitAll.class)
                    && OPEN_TO_ALL.contains(bean.getSimpleName() + "." + method.getName());
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !openDoor
                    && !method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class)) {
                return false;
            }
        }
        return sessionBean;
    }
}
