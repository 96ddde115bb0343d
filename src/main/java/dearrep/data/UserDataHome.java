package dearrep.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The people data {@code dearrep data update} builds, in the user's data folder: {@code
 * $XDG_DATA_HOME/dearrep/people-data/} (default {@code ~/.local/share/dearrep/people-data/}).
 *
 * <pre>
 * people-data/u-20261130T031500/   one complete people bundle (sources.json, chambers.csv, people/)
 * people-data/current              the name of the bundle in use (absent: the bundled data)
 * people-data/previous             the name of the one before ("bundled" for the bundled data)
 * people-data/.staging-…/          an update in progress; never read, removed by the next update
 * </pre>
 *
 * An update becomes visible only when {@code current} is replaced, by a rename, after the new
 * bundle is complete and checked: an update that fails or is killed leaves the previous data in
 * use. The system property {@code dearrep.dataHome} replaces {@code $XDG_DATA_HOME/dearrep}
 * (tests).
 */
public final class UserDataHome {

  /** The name {@code previous} holds when the bundled data was in use. */
  static final String BUNDLED = "bundled";

  private final Path root;

  private UserDataHome(Path root) {
    this.root = root;
  }

  /** The user's data folder: {@code dearrep.dataHome}, else {@link UserFolders#data()}. */
  public static UserDataHome standard() {
    String override = System.getProperty("dearrep.dataHome");
    if (override != null && !override.isBlank()) {
      return new UserDataHome(Path.of(override).resolve("people-data"));
    }
    return new UserDataHome(UserFolders.current().data().resolve("people-data"));
  }

  /** The folder holding the updates and the pointers. */
  public Path root() {
    return root;
  }

  /** The people bundle in use, when an update is in use and complete. */
  public Optional<Path> active() {
    return pointer("current")
        .map(root::resolve)
        .filter(dir -> Files.isRegularFile(dir.resolve(BundleFiles.PEOPLE_INDEX)));
  }

  /** What {@code previous} names: an update's folder name, {@link #BUNDLED}, or nothing. */
  public Optional<String> previous() {
    return pointer("previous");
  }

  /** A fresh staging folder for an update; stale ones of killed updates are removed first. */
  Path newStaging(String name) throws IOException {
    Files.createDirectories(root);
    try (Stream<Path> old = Files.list(root)) {
      for (Path p : old.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
        FileTree.delete(p);
      }
    }
    Path staging = root.resolve(".staging-" + name);
    Files.createDirectories(staging);
    return staging;
  }

  /**
   * Makes a complete staging folder the data in use: it is renamed to its final name, then {@code
   * current} is replaced by a rename. Updates older than the previous one are removed.
   */
  Path activate(Path staging, String name) throws IOException {
    Path target = root.resolve(name);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    String before = pointer("current").orElse(BUNDLED);
    writePointer("previous", before);
    writePointer("current", name);
    prune(List.of(name, before));
    return target;
  }

  /**
   * Goes back to the data in use before the last update (or the last rollback): swaps {@code
   * current} and {@code previous}. Returns what is now in use ({@link #BUNDLED} or a folder name).
   */
  public String rollback() throws IOException {
    Optional<String> previous = previous();
    if (previous.isEmpty()) {
      throw new IllegalStateException("nothing to roll back to: no update has been made");
    }
    String now = pointer("current").orElse(BUNDLED);
    if (previous.get().equals(BUNDLED)) {
      Files.deleteIfExists(root.resolve("current"));
    } else {
      writePointer("current", previous.get());
    }
    writePointer("previous", now);
    return previous.get();
  }

  private Optional<String> pointer(String name) {
    try {
      String value = Files.readString(root.resolve(name), StandardCharsets.UTF_8).strip();
      return value.isEmpty() || value.contains("/") || value.contains("\\")
          ? Optional.empty()
          : Optional.of(value);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writePointer(String name, String value) throws IOException {
    BundleWriter.writeAtomically(root.resolve(name), out -> out.write(value + "\n"));
  }

  private void prune(List<String> keep) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        String n = d.getFileName().toString();
        if (n.startsWith("u-") && !keep.contains(n)) {
          FileTree.delete(d);
        }
      }
    }
  }
}
