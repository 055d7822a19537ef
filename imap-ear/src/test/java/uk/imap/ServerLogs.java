package uk.imap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servers' own account of a call that failed: an unexpected failure's problem names the log entry it left
 * ("logged as …"), and CI keeps only the tail of a run's output, so a test that meets one quotes that entry and its
 * stack trace in its assertion message.
 */
public final class ServerLogs {

    private static final Pattern LOGGED_AS = Pattern.compile("logged as ([0-9a-f-]{36})");
    private static final int LINES = 60;

    private final List<Path> logs;

    private ServerLogs(List<Path> logs) {
        this.logs = logs;
    }

    /** The logs of the server the tests deploy to and of any extra servers named. */
    public static ServerLogs of(ExtraServer... extra) {
        List<Path> logs = new ArrayList<>();
        logs.add(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
        for (ExtraServer server : extra) {
            logs.add(server.base().resolve("log").resolve("server.log"));
        }
        return new ServerLogs(logs);
    }

    /** The answer's body, and where it names a logged failure, the lines logged with it. */
    public String explain(Api.Answer answer) {
        String body = answer.raw().body();
        Matcher logged = LOGGED_AS.matcher(body);
        if (!logged.find()) {
            return body;
        }
        StringBuilder explanation = new StringBuilder(body);
        for (Path log : logs) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(logged.group(1))) {
                        explanation.append("\n").append(log.getFileName()).append(" of ").append(log.getParent())
                                .append(":\n").append(String.join("\n", lines.subList(i, Math.min(lines.size(),
                                        i + LINES))));
                    }
                }
            } catch (IOException unreadable) {
                explanation.append("\n(").append(log).append(" unreadable: ").append(unreadable).append(')');
            }
        }
        return explanation.toString();
    }
}
