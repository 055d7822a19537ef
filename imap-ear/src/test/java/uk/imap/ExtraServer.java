package uk.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A WildFly the test starts itself beside the one Arquillian manages: a server folder of its own (a copy of a
 * server's {@code standalone} folder), ports shifted by an offset, driven with jboss-cli.sh as an administrator
 * would. Closing it ends the server process and its children.
 */
public final class ExtraServer implements AutoCloseable {

    private final Path home;
    private final Path base;
    private final int offset;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;

    private ExtraServer(Path home, Path base, int offset) {
        this.home = home;
        this.base = base;
        this.offset = offset;
    }

    /** A server folder copied from {@code home}'s standalone folder (configuration only, or all of it). */
    public static ExtraServer copiedFrom(Path home, String name, int offset, boolean configurationOnly)
            throws IOException {
        Path base = Path.of("target", name + "-" + System.currentTimeMillis()).toAbsolutePath();
        Path standalone = home.resolve("standalone");
        copy(configurationOnly ? standalone.resolve("configuration") : standalone,
                configurationOnly ? base.resolve("configuration") : base);
        Files.createDirectories(base.resolve("deployments"));
        return new ExtraServer(home, base, offset);
    }

    public Path base() {
        return base;
    }

    public int port(int unshifted) {
        return unshifted + offset;
    }

    public URL application() throws IOException {
        return URI.create("http://localhost:" + port(8080) + "/imap/").toURL();
    }

    public ExtraServer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Puts an EAR in the deployments folder, deployed when the server starts. */
    public ExtraServer deploying(Path ear) throws IOException {
        Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    /** Starts the server with these extra arguments and waits until it has booted (running, even if not ready). */
    public void start(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", home.toString());
        process = builder.start();
        // Readiness stays DOWN until IMAP is deployed, but its server-state check says when the boot is over.
        awaitHealth("ready", answer -> answer.body().replace(" ", "").contains("\"value\":\"running\""));
    }

    /** Waits until readiness reports IMAP's own check, which only a deployed IMAP has. */
    public void awaitImapReady() throws Exception {
        awaitHealth("ready", answer -> answer.statusCode() == 200
                && answer.body().contains("imap-database-and-audit-chain-head"));
    }

    /** Runs jboss-cli.sh against this server, as {@code --connect} with these arguments; fails on any failure. */
    public String cli(String... arguments) throws Exception {
        return run(cliCommand(arguments), home);
    }

    /** Runs jboss-cli.sh against this server as {@link #cli} does, for a script that must fail; returns its output. */
    public String cliFailing(String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(cliCommand(arguments)).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", home.toString());
        Process started = builder.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, started.waitFor(), "the script was expected to fail\n" + output);
        return output;
    }

    private List<String> cliCommand(String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + port(9990)));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a command to its end; fails with its output if it fails, or if a CLI operation in it failed. */
    public static String run(List<String> command, Path jbossHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", jbossHome.toString());
        Process started = builder.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), String.join(" ", command.subList(0, Math.min(4, command.size())))
                + "\n" + output);
        assertFalse(output.contains("\"outcome\" => \"failed\""), output);
        return output;
    }

    private void awaitHealth(String probe, Predicate<HttpResponse<String>> done) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped; see " + base.resolve("console.log"));
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port(9990) + "/health/" + probe)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (done.test(answer)) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server was not " + probe + " in time; see " + base.resolve("console.log"));
    }

    /** Kills the server as {@code kill -9} would: no shutdown, nothing flushed, in-flight requests cut off. */
    public void kill() throws Exception {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        // Until the server's own process has gone, its port still takes connections that nothing will answer: a
        // request sent then would be lost to the test, not to the failover it means to prove.
        for (ProcessHandle each : all) {
            each.onExit().get(30, TimeUnit.SECONDS);
        }
        process = null;
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            // standalone.sh starts the server as its child: end the child too, or it keeps the ports. Taken before
            // the script ends, since once it has, the child is no longer listed as its descendant; waited for, so
            // the next test's server never meets this one still shutting down on the same database.
            List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle each : all) {
                try {
                    each.onExit().get(60, TimeUnit.SECONDS);
                } catch (TimeoutException stuck) {
                    each.destroyForcibly();
                    each.onExit().get(30, TimeUnit.SECONDS);
                }
            }
            process = null;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
