package uk.imap.audit.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.imap.audit.Checkpoint;

/**
 * The file of signed checkpoints, one line each, outside the database (R19). Several servers may share the folder:
 * an append holds an exclusive file lock from reading the newest checkpoint to forcing the new line to disk, and a
 * read holds a shared one, so no server chains to a checkpoint another has already followed, and no reader sees half
 * a line.
 * <p>
 * The file is only ever read through the channel that holds the lock. On Linux these are POSIX record locks, which
 * the process loses as soon as it closes <em>any</em> descriptor of the file: a second open for reading would end
 * the lock in the middle of an append.
 */
public final class CheckpointLog {

    /** The file's name inside the configured folder. */
    public static final String FILE = "checkpoints.log";

    // File locks belong to the whole JVM: two overlapping locks from one server throw rather than wait.
    private static final Object ONE_AT_A_TIME_IN_THIS_SERVER = new Object();

    private final Path file;

    public CheckpointLog(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every line, oldest first; none when no checkpoint was written yet. */
    public List<String> lines() throws IOException {
        synchronized (ONE_AT_A_TIME_IN_THIS_SERVER) {
            if (!Files.exists(file)) {
                return List.of();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 FileLock shared = channel.lock(0, Long.MAX_VALUE, true)) {
                return read(channel);
            }
        }
    }

    /**
     * Under the file lock, asks {@code next} for the checkpoint to follow the newest one (empty when there is
     * none yet) and appends what it returns.
     */
    public Optional<Checkpoint> appendAfterNewest(Function<Optional<Checkpoint>, Optional<Checkpoint>> next)
            throws IOException {
        synchronized (ONE_AT_A_TIME_IN_THIS_SERVER) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock exclusive = channel.lock()) {
                Optional<Checkpoint> written = next.apply(newest(read(channel)));
                if (written.isPresent()) {
                    ByteBuffer line = ByteBuffer.wrap((written.get().line() + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    long at = channel.size();
                    while (line.hasRemaining()) {
                        at += channel.write(line, at);
                    }
                    channel.force(true);
                }
                return written;
            }
        }
    }

    private static List<String> read(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (content.hasRemaining() && channel.read(content, content.position()) >= 0) {
            // positional reads until the buffer holds the whole file
        }
        return new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).lines().toList();
    }

    private static Optional<Checkpoint> newest(List<String> lines) {
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        return written.isEmpty() ? Optional.empty() : Optional.of(Checkpoint.parse(written.get(written.size() - 1)));
    }
}
