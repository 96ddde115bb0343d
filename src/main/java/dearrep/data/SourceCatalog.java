package dearrep.data;

import dearrep.model.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Describes the upstream snapshots (commit, date, license) from a properties file, so that
 * refreshing the data means editing one small file, not code:
 *
 * <pre>
 * openstates-people.name=Open States people
 * openstates-people.origin=https://github.com/openstates/people
 * openstates-people.commit=934bf09a...
 * openstates-people.snapshotDate=2026-08-05
 * openstates-people.license=CC0 1.0
 * openstates-people.attribution=
 * openstates-people.validThrough=
 * </pre>
 */
final class SourceCatalog {

  private final Properties properties;

  private SourceCatalog(Properties properties) {
    this.properties = properties;
  }

  static SourceCatalog load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new SourceCatalog(properties);
  }

  /** The dataset described under {@code key}, with a record count of zero. */
  Dataset dataset(String key) {
    String snapshotDate = value(key, "snapshotDate");
    if (snapshotDate == null) {
      throw new IllegalArgumentException("no " + key + ".snapshotDate in the sources file");
    }
    return new Dataset(
        key,
        orElse(value(key, "name"), key),
        value(key, "origin"),
        value(key, "commit"),
        snapshotDate,
        value(key, "license"),
        value(key, "attribution"),
        value(key, "validThrough"),
        0);
  }

  private String value(String key, String field) {
    String value = properties.getProperty(key + "." + field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
