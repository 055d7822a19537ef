package uk.imap.audit;

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

/**
 * The file of signed checkpoints, one line each, outside the database (R19). Appends take a file lock, so two
 * servers sharing the folder never interleave; each line is forced to disk before the append returns.
 */
public final class CheckpointLog {

    /** The file's name inside the configured folder. */
    public static final String FILE = "checkpoints.log";

    private final Path file;

    public CheckpointLog(Path folder) {
        this.file = folder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Every line, oldest first; none when no checkpoint was written yet. */
    public List<String> lines() throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.US_ASCII) : List.of();
    }

    /**
     * Under the file lock, asks {@code next} for the checkpoint to follow the newest one (empty when there is
     * none yet) and appends what it returns.
     */
    public Optional<Checkpoint> appendAfterNewest(Function<Optional<Checkpoint>, Optional<Checkpoint>> next)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Optional<Checkpoint> newest = newest();
            Optional<Checkpoint> written = next.apply(newest);
            if (written.isPresent()) {
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap((written.get().line() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            return written;
        }
    }

    private Optional<Checkpoint> newest() throws IOException {
        List<String> lines = lines().stream().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(Checkpoint.parse(lines.get(lines.size() - 1)));
    }
}
