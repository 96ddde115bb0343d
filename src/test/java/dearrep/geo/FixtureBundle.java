package dearrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The geo data built once by {@link GeoImport} from the trimmed real fixtures. */
final class FixtureBundle {

  private static Path dataDir;

  private FixtureBundle() {}

  static synchronized Path dataDir() {
    if (dataDir == null) {
      try {
        Path upstream = Path.of(FixtureBundle.class.getResource("/geo/upstream").toURI());
        dataDir = Files.createTempDirectory("dearrep-geo-test");
        GeoImport.run(upstream, dataDir, upstream.resolve("geo-inputs.json"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return dataDir;
  }

  static GeoFiles files() {
    return GeoFiles.directory(dataDir());
  }

  static GeoBundle open() {
    return GeoBundle.open(files());
  }
}
