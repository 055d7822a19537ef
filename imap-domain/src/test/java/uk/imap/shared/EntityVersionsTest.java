package uk.imap.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R21: every entity that can change carries a version, so a save made from a stale copy, or two saves at once,
 * are refused rather than one silently overwriting the other. The entities without one are named here with why.
 */
class EntityVersionsTest {

    static final Map<String, String> WITHOUT_A_VERSION = Map.ofEntries(
            Map.entry("AuditEvent", "appended, never changed (the database refuses updates)"),
            Map.entry("AuditEntry", "written once, removed once sequenced (the database refuses updates)"),
            Map.entry("ChainHead", "changed only under a pessimistic lock, one writer at a time"),
            Map.entry("BankHoliday", "added or removed, never changed"),
            Map.entry("ConsentDecision", "appended to the enquiry's history, never changed"),
            Map.entry("Disclosure", "a correction supersedes it; it is never changed"),
            Map.entry("DisclosedItem", "part of a disclosure, never changed"),
            Map.entry("RetainedItem", "part of a disclosure, never changed"),
            Map.entry("Subject", "changed only through its enquiry, which carries the version"),
            Map.entry("PasswordCheck", "a place held under its key; taken and freed by single statements"),
            Map.entry("CaseNote", "never edited: a correction is a new note that supersedes it (R29)"),
            Map.entry("AssignmentChange", "appended to the enquiry's handovers, never changed"),
            Map.entry("Document", "added once with its hash, never changed (R31)"),
            Map.entry("OnlineReferral", "written once when the referral arrives (R32)"));

    @Test
    @DisplayName("R21 every entity that can change carries a version")
    void everyChangeableEntityIsVersioned() throws Exception {
        List<String> unversioned = new ArrayList<>();
        List<Class<?>> entities = entities();
        assertFalse(entities.isEmpty());
        for (Class<?> entity : entities) {
            if (!versioned(entity) && !WITHOUT_A_VERSION.containsKey(entity.getSimpleName())) {
                unversioned.add(entity.getName());
            }
        }
        assertEquals(List.of(), unversioned);
    }

    private static boolean versioned(Class<?> entity) {
        for (Class<?> kind = entity; kind != null; kind = kind.getSuperclass()) {
            for (Field field : kind.getDeclaredFields()) {
                if (field.isAnnotationPresent(Version.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Class<?>> entities() throws Exception {
        Path classes = Path.of(MaintainedEntry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> kind = Class.forName(name, false, EntityVersionsTest.class.getClassLoader());
                if (kind.isAnnotationPresent(Entity.class)) {
                    entities.add(kind);
                }
            }
        }
        return entities;
    }
}
