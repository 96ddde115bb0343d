package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, item 1: OUT is a sealed room. A symbolic link planted in OUT (or its state folder)
 * before {@code --resume} never lets the batch delete, overwrite or create anything outside OUT:
 * the run is refused in one line, before anything is written, and the link's target is untouched.
 */
class BatchSealedFolderTest {

  @TempDir Path tmp;

  private Path outside;

  /** A folder outside OUT with a file in it: what a planted link points at. */
  private Map<String, String> victim() throws IOException {
    outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outside.resolve("precious.txt"), "keep me\n");
    return listing(outside);
  }

  private static Map<String, String> listing(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.toList()) {
        out.put(
            dir.relativize(f).toString(),
            Files.isRegularFile(f) ? Files.readString(f) : "(folder)");
      }
    }
    return out;
  }

  /** An interrupted-looking batch: finished, so every state file exists, then resumed. */
  private Path finishedBatch(String... more) {
    Path out = tmp.resolve("out");
    String[] args =
        Stream.concat(
                Stream.of(
                    "batch", BatchCommandTest.csv("clean.csv").toString(), "-o", out.toString()),
                Stream.of(more))
            .toArray(String[]::new);
    var r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".dearrep/tmp",
        ".dearrep/summary.tmp",
        "manifest.csv.resume",
        "errors.csv.resume",
        "manifest.csv",
        "errors.csv",
        "summary.json",
        ".dearrep/run.txt.tmp",
        "manifest.csv.merge"
      })
  void aLinkInOutIsRefusedBeforeAnythingIsWritten(String planted) throws IOException {
    Path out = finishedBatch();
    Map<String, String> before = victim();
    Path link = out.resolve(planted);
    Path target = outside.resolve("precious.txt");
    if (planted.equals(".dearrep/tmp")) {
      deleteTree(link);
      target = outside;
    } else {
      Files.deleteIfExists(link);
    }
    Files.createSymbolicLink(link, target);

    var r =
        Cli.run(
            "batch",
            BatchCommandTest.csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(planted.substring(planted.lastIndexOf('/') + 1), "is a symbolic link")
        .hasLineCount(1);
    assertThat(listing(outside)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aLinkToTheSpoolJournalInPacketModeIsRefused() throws IOException {
    Path out = finishedBatch("--bundle-by", "recipient");
    Map<String, String> before = victim();
    Path journal = out.resolve(".dearrep/spooled.txt");
    Files.delete(journal);
    Files.createSymbolicLink(journal, outside.resolve("precious.txt"));

    var r =
        Cli.run(
            "batch",
            BatchCommandTest.csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--bundle-by",
            "recipient",
            "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("spooled.txt is a symbolic link");
    assertThat(listing(outside)).isEqualTo(before);
  }

  @Test
  void aDanglingLockLinkCreatesNothing() throws IOException {
    Path out = finishedBatch();
    victim();
    Path lock = out.resolve(".dearrep/lock");
    Files.delete(lock);
    Path wouldBe = outside.resolve("created-by-lock");
    Files.createSymbolicLink(lock, wouldBe);

    var r =
        Cli.run(
            "batch",
            BatchCommandTest.csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("lock is a symbolic link");
    assertThat(wouldBe).doesNotExist();
  }

  @Test
  void theStateFolderItselfAsALinkIsRefused() throws IOException {
    Path out = finishedBatch();
    Map<String, String> before = victim();
    deleteTree(out.resolve(".dearrep"));
    Files.createSymbolicLink(out.resolve(".dearrep"), outside);

    var r =
        Cli.run(
            "batch",
            BatchCommandTest.csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(".dearrep is a symbolic link");
    assertThat(listing(outside)).isEqualTo(before);
  }

  @Test
  void aLetterFileReplacedByALinkIsRefused() throws IOException {
    Path out = finishedBatch();
    Map<String, String> before = victim();
    Path letter;
    try (Stream<Path> files = Files.list(out)) {
      letter = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
    Files.delete(letter);
    Files.createSymbolicLink(letter, outside.resolve("precious.txt"));

    var r =
        Cli.run(
            "batch",
            BatchCommandTest.csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(listing(outside)).isEqualTo(before);
  }

  @Test
  void outItselfMayBeALinkToARealFolder() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real-out"));
    Path out = Files.createSymbolicLink(tmp.resolve("out-link"), real);
    var r = Cli.run("batch", BatchCommandTest.csv("clean.csv").toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(real.resolve("manifest.csv")).isRegularFile();
    assertThat(Files.isSymbolicLink(real.resolve("manifest.csv"))).isFalse();
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.list(p)) {
        for (Path c : s.toList()) {
          deleteTree(c);
        }
      }
    }
    Files.deleteIfExists(p);
  }
}
