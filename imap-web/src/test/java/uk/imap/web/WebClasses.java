package uk.imap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** imap-web's own compiled classes, loaded without initialising them, for the tests that read their structure. */
public final class WebClasses {

    private WebClasses() {
    }

    public static List<Class<?>> all() {
        try {
            Path classes = Path.of(WebClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolveSibling("classes");
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
                                ".").replaceAll("\\.class$", ""))
                        .<Class<?>>map(WebClasses::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WebClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
