package dearrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading the bundle's small tab-separated files. */
final class TsvFiles {

  private TsvFiles() {}

  static InputStream require(GeoFiles files, String path) throws IOException {
    return files
        .open(path)
        .orElseThrow(() -> new GeoException(GeoException.Reason.DATA, "geo data missing: " + path));
  }

  /**
   * The fields of the line whose first field is {@code key}, in a file sorted by it; empty when the
   * file or the line is absent.
   */
  static Optional<String[]> findLine(GeoFiles files, String path, String key) {
    try {
      Optional<InputStream> opened = files.open(path);
      if (opened.isEmpty()) {
        return Optional.empty();
      }
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(opened.get(), StandardCharsets.UTF_8))) {
        String prefix = key + "\t";
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith(prefix)) {
            return Optional.of(line.split("\t", -1));
          }
          if (line.compareTo(prefix) > 0) {
            break;
          }
        }
        return Optional.empty();
      }
    } catch (IOException e) {
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
