package dearrep.geo;

import dearrep.data.BundleSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where geo data files are read from: the bundle in the jar, a data folder, or whatever loader the
 * caller already has. Paths are relative to the data root ({@code geo/layers.json}).
 */
@FunctionalInterface
public interface GeoFiles {

  /**
   * Opens one file.
   *
   * @param path relative path with forward slashes, e.g. {@code geo/cd119/ca.bin}
   * @return the open stream, or empty when there is no such file
   */
  Optional<InputStream> open(String path) throws IOException;

  /**
   * The bundled data: in the jar under {@code dearrep-data/} (see {@link BundleSource}). Geo data
   * is never replaced by {@code data update}, so the user's updated people folder is not looked up.
   */
  static GeoFiles bundled() {
    return BundleSource.jarOnly()::open;
  }

  /** A data folder laid out like {@code data/} in the source tree. */
  static GeoFiles directory(Path root) {
    return path -> {
      try {
        return Optional.of(Files.newInputStream(root.resolve(path)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    };
  }
}
