package dearrep.batch;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .dearrep/run.txt}: what a batch was started with, so {@code --resume} finishes the same
 * job only. One {@code key=value} line per setting (the options that shape the letters, keyed by
 * their flag), then the input's size and SHA-256, then the day the letters are dated.
 */
final class RunRecord {

  static final String FILE = "run.txt";
  private static final String INPUT_BYTES = "input-bytes";
  private static final String INPUT_SHA = "input-sha256";
  private static final String DATE = "date";

  private final Map<String, String> values;

  private RunRecord(Map<String, String> values) {
    this.values = values;
  }

  /** The record of a new run. */
  static RunRecord of(BatchOptions options, Optional<Fingerprint> input, LocalDate date) {
    Map<String, String> v = new LinkedHashMap<>(options.settings());
    input.ifPresent(
        f -> {
          v.put(INPUT_BYTES, Long.toString(f.bytes()));
          v.put(INPUT_SHA, f.sha256());
        });
    v.put(DATE, date.toString());
    return new RunRecord(v);
  }

  /** The record in {@code state}, or empty when there is none or it is empty (a crash at start). */
  static Optional<RunRecord> read(Path state) throws IOException {
    Path file = state.resolve(FILE);
    if (!Files.isRegularFile(file, OutFolder.NOFOLLOW) || Files.size(file) == 0) {
      return Optional.empty();
    }
    if (Files.size(file) > 64 * 1024) {
      throw damaged(state);
    }
    Map<String, String> v = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw damaged(state);
      }
      v.put(line.substring(0, eq), line.substring(eq + 1));
    }
    if (!v.containsKey(DATE)) {
      throw damaged(state);
    }
    return Optional.of(new RunRecord(v));
  }

  private static DearrepException damaged(Path state) {
    return DearrepException.badInput(
        "cannot resume in "
            + state.getParent()
            + ": "
            + state.resolve(FILE)
            + " is damaged; start the batch again in a new folder");
  }

  /** Writes the record atomically: a whole file or none. */
  void write(Path state) throws IOException {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
    dearrep.data.AtomicWrite.write(
        state.resolve(FILE), s.toString().getBytes(StandardCharsets.UTF_8));
  }

  LocalDate date() {
    try {
      return LocalDate.parse(values.get(DATE));
    } catch (RuntimeException e) {
      return LocalDate.now();
    }
  }

  /**
   * What differs between this record and a resumed run's, in words ("--topic was police-staffing,
   * now street-lighting"), or empty when it is the same job.
   */
  Optional<String> differences(RunRecord now) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : now.values.entrySet()) {
      String key = e.getKey();
      if (key.equals(DATE)) {
        continue;
      }
      String before = values.getOrDefault(key, "");
      if (!before.equals(e.getValue())) {
        s.append(s.length() == 0 ? "" : "; ").append(describe(key, before, e.getValue()));
      }
    }
    return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
  }

  private static String describe(String key, String before, String now) {
    if (key.equals(INPUT_SHA)) {
      return "the input's content differs from the file the batch was started with";
    }
    if (key.equals(INPUT_BYTES)) {
      return "the input was " + before + " bytes, now " + now;
    }
    return key
        + " was "
        + (before.isEmpty() ? "not given" : before)
        + ", now "
        + (now.isEmpty() ? "not given" : now);
  }

  /**
   * An input file's size and SHA-256, and how many records it holds (for the progress bar's total),
   * from one read of the file.
   */
  record Fingerprint(long bytes, String sha256, long records) {

    static Fingerprint of(Path file, java.nio.charset.Charset encoding) throws IOException {
      MessageDigest sha = sha256Digest();
      long records;
      try (InputStream raw = Files.newInputStream(file);
          var counted = new dearrep.batch.BatchRun.Counting(new DigestInputStream(raw, sha))) {
        records =
            CsvRecords.count(
                new java.io.InputStreamReader(
                    counted,
                    encoding
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
        return new Fingerprint(
            counted.count(), HexFormat.of().formatHex(sha.digest()), Math.max(0, records - 1));
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private static MessageDigest sha256Digest() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
