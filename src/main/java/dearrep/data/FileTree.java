package dearrep.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders on disk: the one way a folder and everything in it is removed. */
public final class FileTree {

  private FileTree() {}

  /**
   * Deletes {@code dir} and everything under it, deepest first; nothing when it does not exist. A
   * link inside is removed as a link: {@link Files#walk} does not follow links.
   */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
