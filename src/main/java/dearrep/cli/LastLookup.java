package dearrep.cli;

import dearrep.data.AtomicWrite;
import dearrep.data.UserFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ids of the people the last lookup numbered, kept in {@code
 * $XDG_STATE_HOME/dearrep/last-lookup} (one id a line) so that {@code dearrep letter 2} on the
 * command line means the same person as it does in the shell after {@code dearrep lookup --zip
 * 95112}.
 */
final class LastLookup {

  static final String FILE = "last-lookup";

  private final Path file;

  LastLookup(Path file) {
    this.file = file;
  }

  static LastLookup standard() {
    return new LastLookup(UserFolders.current().state().resolve(FILE));
  }

  /** Keeps nothing: for runs that are not the user's own (the class-data training run). */
  static LastLookup none() {
    return new LastLookup(null);
  }

  /**
   * Saves the ids, written to a temporary file and moved into place. A folder that cannot be
   * written is no reason to fail the lookup that was asked for: numbers then stay in this process.
   */
  void save(List<String> ids) {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      StringBuilder lines = new StringBuilder();
      for (String id : ids) {
        lines.append(id).append('\n');
      }
      AtomicWrite.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | UnsupportedOperationException e) {
      // see above: the numbers are a convenience
    }
  }

  /** The saved ids, or none when nothing was saved or it cannot be read. */
  List<String> load() {
    if (file == null) {
      return List.of();
    }
    try {
      return Files.exists(file)
          ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList()
          : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
