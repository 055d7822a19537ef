package uk.imap.audit.control;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run as a process of its own, as a second server would be: says whether the file's lock could be taken. */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(arguments[0]), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            System.out.print(lock == null ? "held" : "free");
        }
    }
}
