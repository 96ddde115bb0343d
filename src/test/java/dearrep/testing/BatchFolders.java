package dearrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A large supporters CSV, and the comparison of batch output folders, for interruption tests. */
public final class BatchFolders {

  /**
   * Districts the rows cycle through: one letter, six (statewide), one unknown (CA-AD99), and two
   * (CA-16, CA-17) that ZIP 95113 is outside of, which fail as not-constituent.
   */
  private static final String[] DISTRICTS = {
    "CA-AD25", "CA-16", "CA-SD15", "CA-17", "CA-18", "CA-AD99", "CA"
  };

  private BatchFolders() {}

  /**
   * Writes {@code rows} supporters of San José to {@code csv}; with {@code multiline} every 50th
   * row's note spans two lines, so CSV lines and rows differ.
   */
  public static Path supporters(Path csv, int rows, boolean multiline) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("id,name,city,state,zip,district,topic,note");
    for (int i = 1; i <= rows; i++) {
      lines.add(
          "s"
              + i
              + ",Supporter Nº"
              + i
              + ",San Jose,CA,95113,"
              + DISTRICTS[i % DISTRICTS.length]
              + ",police-staffing,"
              + (multiline && i % 50 == 0 ? "\"two\nlines\"" : ""));
    }
    return Files.write(csv, lines);
  }

  /** Waits until the batch writing into {@code out} has about {@code lines} manifest lines. */
  public static void awaitManifestLines(Path out, int lines) throws Exception {
    awaitSize(out.resolve("manifest.csv"), lines * 100L);
  }

  /** Waits until {@code file} exists and holds more than {@code bytes}. */
  public static void awaitSize(Path file, long bytes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && Files.size(file) > bytes) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError(file + " never grew past " + bytes + " bytes");
  }

  /** The two folders hold the same reports, line for line, and the same letters, byte for byte. */
  public static void assertSameOutput(Path actual, Path expected) throws IOException {
    for (String report : List.of("manifest.csv", "errors.csv")) {
      List<String> a = Files.readAllLines(actual.resolve(report));
      List<String> e = Files.readAllLines(expected.resolve(report));
      for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
        assertThat(a.get(i)).as("%s line %d", report, i + 1).isEqualTo(e.get(i));
      }
      assertThat(a).as(report).hasSameSizeAs(e);
    }
    assertThat(letters(actual)).isEqualTo(letters(expected)).isNotEmpty();
  }

  /** Every letter file by name with a hash of its bytes; reports and the state folder left out. */
  private static Map<String, Integer> letters(Path dir) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("summary.json") && !name.equals(".dearrep") && !name.endsWith(".csv")) {
          files.put(name, Arrays.hashCode(Files.readAllBytes(f)));
        }
      }
    }
    return files;
  }
}
