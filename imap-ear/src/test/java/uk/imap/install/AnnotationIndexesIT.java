package uk.imap.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every archive in the shipped EAR carries its annotation index, so WildFly reads the index instead of every class
 * when it starts (issue 16: server and EAR ready within 10 seconds). A jar added later gets one from the build; this
 * catches a build step that silently left one out.
 */
class AnnotationIndexesIT {

    private static final String INDEX = "META-INF/jandex.idx";

    @Test
    void everyJarOfTheEarAndTheWarIsIndexed() throws IOException {
        List<String> unindexed = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        try (ZipFile ear = new ZipFile(System.getProperty("imap.ear"))) {
            for (ZipEntry entry : ear.stream().toList()) {
                if (entry.getName().endsWith(".jar")) {
                    sort(entry.getName(), hasIndex(ear.getInputStream(entry), INDEX), indexed, unindexed);
                } else if (entry.getName().endsWith(".war")) {
                    war(ear.getInputStream(entry), entry.getName(), indexed, unindexed);
                }
            }
        }
        assertEquals(List.of(), unindexed);
        assertFalse(indexed.isEmpty(), "the EAR holds no jar at all");
    }

    private static void war(InputStream in, String name, List<String> indexed, List<String> unindexed)
            throws IOException {
        boolean classesIndexed = false;
        try (ZipInputStream war = new ZipInputStream(in)) {
            for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    sort(name + "!" + entry.getName(), hasIndex(war, INDEX), indexed, unindexed);
                }
                classesIndexed |= entry.getName().equals("WEB-INF/classes/" + INDEX);
            }
        }
        sort(name + "!WEB-INF/classes", classesIndexed, indexed, unindexed);
    }

    private static void sort(String name, boolean hasIndex, List<String> indexed, List<String> unindexed) {
        (hasIndex ? indexed : unindexed).add(name);
    }

    /** Reads a nested archive from its stream without closing the stream, which belongs to the outer archive. */
    private static boolean hasIndex(InputStream in, String index) throws IOException {
        ZipInputStream jar = new ZipInputStream(in);
        for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
            if (entry.getName().equals(index)) {
                return true;
            }
        }
        return false;
    }
}
