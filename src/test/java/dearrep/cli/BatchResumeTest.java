package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each state a crash can leave behind, made by hand, then resumed to the uninterrupted result. */
class BatchResumeTest {

  @TempDir Path tmp;
  Path whole;
  Path out;
  Path csv = BatchCommandTest.csv("clean.csv");

  @BeforeEach
  void runTwice() {
    whole = tmp.resolve("whole");
    out = tmp.resolve("out");
    assertThat(Cli.run("batch", csv.toString(), "-o", whole.toString()).exitCode()).isZero();
    assertThat(Cli.run("batch", csv.toString(), "-o", out.toString()).exitCode()).isZero();
  }

  @Test
  void tornManifestLineIsDroppedAndItsRowRedone() throws IOException {
    String manifest = Files.readString(out.resolve("manifest.csv"));
    Files.writeString(out.resolve("manifest.csv"), manifest.substring(0, manifest.length() - 30));
    resumeAndCompare();
  }

  @Test
  void letterMissingFromDiskIsWrittenAgain() throws IOException {
    Files.delete(out.resolve(firstLetter()));
    resumeAndCompare();
  }

  @Test
  void letterWithOtherBytesIsWrittenAgain() throws IOException {
    Files.writeString(out.resolve(firstLetter()), "half a lett");
    resumeAndCompare();
  }

  @Test
  void renamedLetterNotYetListedAndTempFilesAreCleanedUp() throws IOException {
    Files.writeString(out.resolve("0000099-ghost-to-nobody-x.txt"), "renamed, then killed");
    Files.writeString(out.resolve(".dearrep/tmp/t77"), "half");
    resumeAndCompare();
    assertThat(out.resolve(".dearrep/tmp")).isEmptyDirectory();
  }

  @Test
  void tornErrorsLineIsDropped() throws IOException {
    Path messy = BatchCommandTest.csv("messy-rows.csv");
    Path a = tmp.resolve("messy-whole");
    Path b = tmp.resolve("messy-out");
    Cli.run("batch", messy.toString(), "-o", a.toString());
    Cli.run("batch", messy.toString(), "-o", b.toString());
    Files.writeString(b.resolve("errors.csv"), "23,,malformed-cs", StandardOpenOption.APPEND);
    assertThat(Cli.run("batch", messy.toString(), "-o", b.toString(), "--resume").exitCode())
        .isEqualTo(4);
    assertThat(Files.readString(b.resolve("errors.csv")))
        .isEqualTo(Files.readString(a.resolve("errors.csv")));
  }

  @Test
  void resumeWithOtherOptionsIsRefused() {
    var r = Cli.run("batch", csv.toString(), "-o", out.toString(), "--resume", "--format", "md");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--format was txt, now md").doesNotContain("|").hasLineCount(1);
  }

  @Test
  void resumeThatWouldPlaceRowsOtherwiseThanTheStartIsRefused() {
    // the run in runTwice placed rows by ZIP code and district; by street address is another job
    var r =
        Cli.run(
            "batch",
            csv.toString(),
            "-o",
            out.toString(),
            "--resume",
            "--geocode",
            "census",
            "--offline");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--geocode was not given, now census").hasLineCount(1);
  }

  private String firstLetter() throws IOException {
    return BatchCommandTest.read(out.resolve("manifest.csv")).get(0).get("file");
  }

  private void resumeAndCompare() throws IOException {
    var r = Cli.run("batch", csv.toString(), "-o", out.toString(), "--resume");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("manifest.csv")))
        .isEqualTo(Files.readString(whole.resolve("manifest.csv")));
    assertThat(files(out)).isEqualTo(files(whole));
  }

  static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals("summary.json")) {
          m.put(f.getFileName().toString(), Files.readString(f));
        }
      }
    }
    return m;
  }
}
