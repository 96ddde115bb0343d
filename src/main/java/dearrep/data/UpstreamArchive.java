package dearrep.data;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An upstream checkout for {@code data update}: a folder, or a ZIP archive as GitHub serves it
 * ({@code people-main/…}), unpacked into a staging folder. Which dataset it is comes from its
 * contents: {@code settings.yml} and {@code data/} are openstates/people, {@code
 * legislators-current.yaml} is congress-legislators.
 *
 * @param key {@code openstates-people} or {@code congress-legislators}
 * @param root the folder the importer reads
 * @param snapshotDate the date of the newest file in it (archives keep each file's commit time)
 */
record UpstreamArchive(String key, Path root, String snapshotDate) {

  /** An upstream folder, or the archive unpacked into {@code into}. */
  static UpstreamArchive open(Path given, Path into) throws IOException {
    Path folder = given;
    if (!Files.isDirectory(given)) {
      if (!Files.isRegularFile(given)) {
        throw DearrepException.badInput("--from " + given + ": no such file or folder");
      }
      folder = into.resolve("unpacked-" + given.getFileName());
      unzip(given, folder);
    }
    Path root =
        findRoot(folder, 3)
            .orElseThrow(
                () ->
                    DearrepException.badInput(
                        given
                            + " holds neither openstates/people (settings.yml and data/) nor"
                            + " congress-legislators (legislators-current.yaml)"));
    String key =
        Files.isRegularFile(root.resolve("legislators-current.yaml"))
            ? CongressImporter.KEY
            : OpenStatesImporter.KEY;
    return new UpstreamArchive(key, root, newestFile(root));
  }

  /** Unpacks a ZIP archive; an entry that would land outside {@code into} stops it. */
  static void unzip(Path archive, Path into) throws IOException {
    Files.createDirectories(into);
    Path base = into.toAbsolutePath().normalize();
    int entries = 0;
    try (InputStream raw = Files.newInputStream(archive);
        ZipInputStream zip = new ZipInputStream(raw)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries++;
        Path target = base.resolve(e.getName()).normalize();
        if (!target.startsWith(base)) {
          throw DearrepException.badInput(
              archive + " is unsafe: entry '" + e.getName() + "' points outside the archive");
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        if (e.getLastModifiedTime() != null) {
          Files.setLastModifiedTime(target, e.getLastModifiedTime());
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw DearrepException.badInput(
          archive + " is not a readable ZIP archive: " + e.getMessage());
    }
    if (entries == 0) {
      throw DearrepException.badInput(archive + " is not a ZIP archive (no entries)");
    }
  }

  private static Optional<Path> findRoot(Path dir, int depth) throws IOException {
    if (Files.isRegularFile(dir.resolve("legislators-current.yaml"))
        || (Files.isRegularFile(dir.resolve("settings.yml"))
            && Files.isDirectory(dir.resolve("data")))) {
      return Optional.of(dir);
    }
    if (depth == 0) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
        Optional<Path> found = findRoot(child, depth - 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String newestFile(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      Instant newest =
          files
              .filter(Files::isRegularFile)
              .map(UpstreamArchive::modified)
              .max(Instant::compareTo)
              .orElse(Instant.EPOCH);
      return LocalDate.ofInstant(newest, ZoneOffset.UTC).toString();
    }
  }

  private static Instant modified(Path file) {
    try {
      FileTime t = Files.getLastModifiedTime(file);
      return t.toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
