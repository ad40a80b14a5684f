package io.newsflow.sink.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.stream.Stream;

/**
 * The sink's directory tree: committed files under {@code date=…/lang=…/}, temporary files under
 * {@code _temporary/<topic>+<partition>/} (one directory per Kafka partition, so an instance only
 * ever clears the temporaries of partitions it owns; the leading underscore makes Spark, Hive and
 * friends skip it). Temporaries live below the root so the final rename never crosses file systems
 * and stays atomic.
 */
public final class SinkLayout {
    public static final String TEMP_DIR = "_temporary";

    private final Path root;
    private final boolean gzip;

    public SinkLayout(Path root, boolean gzip) {
        this.root = root.toAbsolutePath().normalize();
        this.gzip = gzip;
    }

    public Path root() {
        return root;
    }

    boolean gzip() {
        return gzip;
    }

    /** The directory of one Kafka partition's temporary files, created when missing. */
    Path tempDir(String topic, int partition) throws IOException {
        return Files.createDirectories(root.resolve(TEMP_DIR).resolve(topic + "+" + partition));
    }

    /** Moves a finished temporary file to its committed name in one atomic rename. */
    Path publish(Path temp, String relativeDir, CommittedFile name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(relativeDir));
        Path target = dir.resolve(name.fileName());
        try {
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(
                    "the file system of "
                            + root
                            + " cannot rename atomically; the sink needs a local POSIX file"
                            + " system",
                    e);
        }
    }

    /**
     * Fsyncs the directories that received files, their parents and the root, so the renames and
     * any new directories survive a power loss, not only a crash of the process.
     */
    void syncDirectories(Collection<String> relativeDirs) throws IOException {
        var dirs = new LinkedHashSet<Path>();
        for (String relative : relativeDirs) {
            for (Path dir = root.resolve(relative); dir.startsWith(root); dir = dir.getParent()) {
                dirs.add(dir);
                if (dir.equals(root)) {
                    break;
                }
            }
        }
        for (Path dir : dirs) {
            syncDirectory(dir);
        }
    }

    /** Deletes every temporary file of one Kafka partition: they belong to no committed batch. */
    public int clearTemporaries(String topic, int partition) throws IOException {
        Path dir = root.resolve(TEMP_DIR).resolve(topic + "+" + partition);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Every committed file under the root, temporaries excluded. The temporary directory is not
     * entered at all: a running sink (this process or another instance sharing the root) creates,
     * renames and deletes files there all the time, and a walk through it failed with {@code
     * NoSuchFileException} when one vanished between listing and reading (seen in {@code
     * SinkCrashRecoveryIT}). Elsewhere a file or directory can vanish mid-walk too — another
     * instance deleting an interrupted batch, a downstream job moving old dates away — so such a
     * vanished path is skipped: it is no committed file any more. Other failures still throw.
     */
    public Stream<Path> committedFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        Path temp = root.resolve(TEMP_DIR);
        var committed = new ArrayList<Path>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return dir.equals(temp)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()
                                && CommittedFile.parse(file.getFileName().toString()).isPresent()) {
                            committed.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e)
                            throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }
                });
        committed.sort(Comparator.naturalOrder());
        return committed.stream();
    }

    /**
     * Checks that a small file can be created, written, fsynced and deleted under the root: the
     * test for whether writing may resume after a full disk or an unwritable directory.
     *
     * @throws IOException naming what failed when it cannot
     */
    public void probe() throws IOException {
        Path dir = Files.createDirectories(root.resolve(TEMP_DIR));
        Path probe = dir.resolve(".probe-" + ProcessHandle.current().pid());
        try (FileChannel channel =
                FileChannel.open(
                        probe,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.allocate(4096));
            channel.force(true);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * Deletes a file, if it is still there. Throws a checked exception so that every caller must
     * treat a failed delete like any failed write: the sink pauses and retries rather than
     * stopping.
     */
    static void delete(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException ignored) {
            // already gone
        }
    }

    private static void syncDirectory(Path dir) throws IOException {
        // Linux and macOS fsync a directory opened for reading; the sink targets those.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
