package dearrep.data;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads files of the bundled data: from inside the jar ({@code dearrep-data/} on the class path),
 * or from a folder when one is given (the importers' output during development, or tests).
 *
 * <p>This is the one place that knows where bundled resources live.
 */
public final class BundleSource {

  private final Path root;
  private final Path updated;

  private BundleSource(Path root, Path updated) {
    this.root = root;
    this.updated = updated;
  }

  /**
   * The data packaged in the jar, with the people data of the user's last {@code data update} (see
   * {@link UserDataHome}) in place of the bundled people data when there is one.
   */
  public static BundleSource bundled() {
    String override = System.getProperty("dearrep.bundle");
    if (override != null && !override.isBlank()) {
      return new BundleSource(Path.of(override), null);
    }
    return new BundleSource(null, UserDataHome.standard().active().orElse(null));
  }

  /** The data packaged in the jar only, whatever the user has updated. */
  public static BundleSource jarOnly() {
    String override = System.getProperty("dearrep.bundle");
    return new BundleSource(
        override == null || override.isBlank() ? null : Path.of(override), null);
  }

  /** Data in a folder laid out like {@code data/}. */
  public static BundleSource folder(Path root) {
    return new BundleSource(root, null);
  }

  /** The folder of updated people data in use, if any. */
  public Optional<Path> updatedPeople() {
    return Optional.ofNullable(updated);
  }

  /** True for the files {@code data update} replaces: people, their sources and chambers. */
  static boolean isPeopleFile(String relativePath) {
    return relativePath.startsWith("people/")
        || relativePath.equals(BundleFiles.SOURCES)
        || relativePath.equals(BundleFiles.CHAMBERS);
  }

  /** Opens a bundled file, or empty when the bundle has no such file. */
  public Optional<InputStream> open(String relativePath) {
    if (updated != null && isPeopleFile(relativePath)) {
      return openIn(updated, relativePath);
    }
    if (root != null) {
      try {
        return Optional.of(Files.newInputStream(root.resolve(relativePath)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String name = BundleFiles.JAR_ROOT + relativePath;
    ZipFile jar = OwnJar.ZIP;
    if (jar != null) {
      ZipEntry entry = jar.getEntry(name);
      try {
        return entry == null ? Optional.empty() : Optional.of(jar.getInputStream(entry));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.ofNullable(BundleSource.class.getClassLoader().getResourceAsStream(name));
  }

  /**
   * The jar this class was loaded from, opened once; null when the classes are in a folder (as in
   * the build's tests). Its entries are read directly: the class loader's way builds a URL and a
   * jar connection for every file, which cost about 7 ms of a cold ZIP or point lookup. The JDK
   * shares the jar's parsed directory between this and the class loader.
   */
  private static final class OwnJar {
    static final ZipFile ZIP = open();

    private static ZipFile open() {
      try {
        CodeSource code = BundleSource.class.getProtectionDomain().getCodeSource();
        Path path = code == null ? null : Path.of(code.getLocation().toURI());
        return path != null && Files.isRegularFile(path) ? new ZipFile(path.toFile()) : null;
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return null; // fall back to the class loader
      }
    }
  }

  private static Optional<InputStream> openIn(Path dir, String relativePath) {
    try {
      return Optional.of(Files.newInputStream(dir.resolve(relativePath)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a bundled file that must exist. */
  public InputStream require(String relativePath) {
    return open(relativePath)
        .orElseThrow(
            () ->
                new DearrepException(
                    DearrepException.Kind.FAILURE,
                    "bundled data file "
                        + relativePath
                        + " is missing: rebuild the jar after scripts/update-data"));
  }

  /** Where the bundle is read from, for messages. */
  public String describe() {
    String base = root == null ? "jar:" + BundleFiles.JAR_ROOT : root.toString();
    return updated == null ? base : "people data from " + updated + ", the rest from " + base;
  }
}
