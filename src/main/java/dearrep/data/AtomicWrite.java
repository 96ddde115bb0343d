package dearrep.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way dearrep writes a whole file: into a temporary file beside it, then renamed into
 * place, so a reader sees the old file or the new one, never half of one. The temporary file is
 * created new (never through a link planted at its name) and removed whatever happens; the rename
 * replaces a link at the name itself, never its target. Where the file system cannot rename
 * atomically, it still renames.
 */
public final class AtomicWrite {

  /** Writes a file's content; the stream may be closed by it. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** How to write. */
  public enum Option {
    /** Readable and writable by the owner only (a profile with an address, a letter). */
    OWNER_ONLY,
    /** Never replace a file that exists: fail with {@link FileAlreadyExistsException}. */
    KEEP_EXISTING
  }

  /** The temporary file could not be made: the folder is missing or not writable. */
  public static final class NoTemporaryFile extends IOException {
    NoTemporaryFile(Path dir, IOException cause) {
      super("cannot write in " + dir + ": " + cause.getMessage(), cause);
    }
  }

  // named by process and count, not by Files.createTempFile: seeding its SecureRandom costs a cold
  // lookup about 15 ms, and the last lookup is saved by this on every lookup
  private static final AtomicLong COUNT = new AtomicLong();

  private AtomicWrite() {}

  /** As {@link #write(Path, Content, Option...)}, for content already in memory. */
  public static void write(Path file, byte[] content, Option... options) throws IOException {
    write(file, new Bytes(content), options);
  }

  private record Bytes(byte[] content) implements Content {
    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(content);
    }
  }

  /**
   * Writes {@code file} through a temporary file in its folder, which must exist.
   *
   * @throws NoTemporaryFile when the folder cannot take the temporary file
   * @throws FileAlreadyExistsException with {@link Option#KEEP_EXISTING}, when the file exists
   * @throws IOException when writing or renaming fails; the old file is then untouched
   */
  public static void write(Path file, Content content, Option... options) throws IOException {
    Set<Option> opts = Set.of(options);
    Path abs = file.toAbsolutePath();
    String name = abs.getFileName().toString();
    // the start of the name only: a name near the file system's limit must still get its temporary
    Path tmp =
        abs.resolveSibling(
            "."
                + name.substring(0, Math.min(name.length(), 40))
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + COUNT.incrementAndGet()
                + ".tmp");
    OutputStream opened = open(tmp, abs.getParent(), opts.contains(Option.OWNER_ONLY));
    try {
      try (OutputStream out = opened) {
        content.writeTo(out);
      }
      if (opts.contains(Option.KEEP_EXISTING)) {
        Files.move(tmp, abs); // fails, instead of replacing, when the name is taken
      } else {
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static OutputStream open(Path tmp, Path dir, boolean ownerOnly) throws NoTemporaryFile {
    try {
      try {
        return open(tmp, ownerOnly);
      } catch (FileAlreadyExistsException e) {
        Files.delete(tmp); // left by a crashed process of the same id: ours to remove
        return open(tmp, ownerOnly);
      }
    } catch (IOException e) {
      throw new NoTemporaryFile(dir, e);
    }
  }

  private static OutputStream open(Path tmp, boolean ownerOnly) throws IOException {
    List<OpenOption> how =
        List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    FileAttribute<?>[] attrs =
        ownerOnly && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    return new BufferedOutputStream(
        Channels.newOutputStream(Files.newByteChannel(tmp, Set.copyOf(how), attrs)));
  }
}
