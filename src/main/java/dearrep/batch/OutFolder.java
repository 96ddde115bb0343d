package dearrep.batch;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folder as a sealed room: every file a batch creates, replaces, appends to or deletes
 * is inside it and is not a symbolic link. The folder is checked before anything is written (a link
 * anywhere the batch may touch refuses the run with one line), and every file is then opened with
 * {@link LinkOption#NOFOLLOW_LINKS}, so a link planted during the run fails the open instead of
 * redirecting it.
 */
final class OutFolder {

  static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private OutFolder() {}

  /**
   * The output folder, created when missing, as its real path.
   *
   * @throws DearrepException bad input when OUT is a file, or cannot be created or written
   */
  static Path prepare(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw DearrepException.badInput(
          abs + " is a file, not a folder: give -o a new or empty folder");
    }
    try {
      Files.createDirectories(abs);
      Path real = abs.toRealPath();
      if (!Files.isWritable(real)) {
        throw DearrepException.badInput("cannot write in " + real + ": permission denied");
      }
      return real;
    } catch (IOException e) {
      throw DearrepException.badInput("cannot use " + abs + " as the output folder: " + why(e));
    }
  }

  /**
   * Refuses a folder holding a symbolic link where a batch may write: directly in it, or anywhere
   * under its state folder.
   */
  static void checkNoLinks(Path dir, String state) throws IOException {
    List<Path> links = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (Files.isSymbolicLink(p)) {
          links.add(p);
        }
      }
    }
    Path stateDir = dir.resolve(state);
    if (Files.isDirectory(stateDir, NOFOLLOW)) {
      Files.walkFileTree(
          stateDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              if (a.isSymbolicLink()) {
                links.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    }
    if (!links.isEmpty()) {
      throw DearrepException.badInput(
          links.get(0)
              + " is a symbolic link"
              + (links.size() > 1 ? " (and " + (links.size() - 1) + " more)" : "")
              + ": a batch writes only real files inside its folder; remove the link or choose"
              + " another folder");
    }
  }

  /** Opens a file for writing without following a link at its name. */
  static OutputStream write(Path file, StandardOpenOption... mode) throws IOException {
    OpenOption[] options = new OpenOption[mode.length + 3];
    options[0] = StandardOpenOption.CREATE;
    options[1] = StandardOpenOption.WRITE;
    options[2] = NOFOLLOW;
    System.arraycopy(mode, 0, options, 3, mode.length);
    return Files.newOutputStream(file, options);
  }

  /** A file system error in words: "permission denied", "no space left on the device". */
  static String why(IOException e) {
    return DearrepException.reason(e);
  }
}
