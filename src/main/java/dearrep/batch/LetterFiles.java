package dearrep.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files into the output folder atomically: the bytes go to a temp file under the folder's
 * {@code .dearrep/tmp/}, which is then renamed over the final name, so a reader (or a resumed run)
 * sees a whole file or none.
 */
final class LetterFiles {

  private final Path dir;
  private final Path tmp;
  private final AtomicLong counter = new AtomicLong();

  LetterFiles(Path dir, Path tmp) {
    this.dir = dir;
    this.tmp = tmp;
  }

  /** Writes {@code bytes} as {@code name} in the output folder; returns the final path. */
  Path write(String name, byte[] bytes) throws IOException {
    return publish(stage(bytes), name);
  }

  /**
   * Writes {@code bytes} to a new temp file in this thread's own temp folder. Workers stage in
   * parallel: creating a file locks its folder, so each worker has one, and only the renames meet
   * in the output folder.
   */
  Path stage(byte[] bytes) throws IOException {
    Path temp = ownTemp.get().resolve("t" + counter.incrementAndGet());
    try (FileChannel ch =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
    return temp;
  }

  /**
   * Renames a staged file to {@code name} in the output folder, atomically; returns the final path.
   */
  Path publish(Path staged, String name) throws IOException {
    Path target = resolve(name);
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private final ThreadLocal<Path> ownTemp = ThreadLocal.withInitial(this::newTempFolder);

  private Path newTempFolder() {
    try {
      return Files.createDirectories(tmp.resolve(Thread.currentThread().getName()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A path in the output folder; names come from {@link FileNames}, checked again here. */
  Path resolve(String name) {
    Path p = dir.resolve(name).normalize();
    if (!p.getParent().equals(dir) || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("unsafe file name: " + name);
    }
    return p;
  }

  Path tempFile() {
    return tmp.resolve("t" + counter.incrementAndGet());
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: resume removes what is left
    }
  }
}
