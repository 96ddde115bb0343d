package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code letter -o} as a user meets it (issue 13 item 12, issue 14's -o points): an existing file
 * is replaced only with --force; never through or over a link or a device; a missing folder is an
 * error naming it; {@code -o DIR/} makes the folder and names files {@code <person>-<topic>.<ext>},
 * safely whatever the officials' names hold.
 */
class LetterOutputTest {

  @TempDir Path tmp;

  private static Cli.Result letter(String... more) {
    return Cli.run(
        Stream.concat(
                Stream.of(
                    "letter",
                    "--to",
                    "CA-AD25",
                    "--topic",
                    "police-staffing",
                    "--name",
                    "Ana Ruiz",
                    // 95113 lies in AD 25, so the letter may call her a constituent (issue 12)
                    "--zip",
                    "95113"),
                Stream.of(more))
            .toArray(String[]::new));
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws IOException {
    Path file = Files.writeString(tmp.resolve("kalra.txt"), "my draft\n");

    var r = letter("-o", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("kalra.txt exists", "--force").hasLineCount(1);
    assertThat(Files.readString(file)).isEqualTo("my draft\n");

    var forced = letter("-o", file.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(file)).contains("Dear Assemblymember Kalra:");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).containsExactly(file); // no temp file left behind
    }
  }

  @Test
  void aSymbolicLinkIsNeverWrittenThroughOrReplaced() throws IOException {
    Path target = Files.writeString(tmp.resolve("precious.txt"), "keep\n");
    Path link = Files.createSymbolicLink(tmp.resolve("letter.txt"), target);

    for (String[] extra : List.of(new String[0], new String[] {"--force"})) {
      var r =
          letter(
              Stream.concat(Stream.of("-o", link.toString()), Stream.of(extra))
                  .toArray(String[]::new));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("is a symbolic link");
    }
    assertThat(Files.readString(target)).isEqualTo("keep\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aDeviceIsNeverWritten() {
    for (String device : List.of("/dev/null", "/dev/stdout")) {
      var r = letter("-o", device, "--force");
      assertThat(r.exitCode()).as(device).isEqualTo(2);
      assertThat(r.err())
          .containsAnyOf("not a regular file", "symbolic link")
          .doesNotContain("unexpected");
    }
  }

  @Test
  void aMissingFolderIsAnErrorNamingItAndNothingIsCreated() {
    Path missing = tmp.resolve("no/such/dir");
    var r = letter("-o", missing.resolve("x.pdf").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(missing.toString(), "does not exist").hasLineCount(1);
    assertThat(tmp.resolve("no")).doesNotExist();
  }

  @Test
  void aFolderEndingInASlashIsMadeAndFilesAreNamedByPersonAndTopic() throws IOException {
    Path dir = tmp.resolve("nvdir");
    var r =
        Cli.run(
            "letter",
            "--to",
            "CA",
            "--topic",
            "police-staffing",
            "--name",
            "Ana Ruiz",
            "--zip",
            "95113",
            "-o",
            dir + "/");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir).isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).isNotEmpty().allMatch(n -> n.matches("[a-z0-9-]+-police-staffing\\.txt"));
      assertThat(r.err().lines().filter(l -> l.startsWith("wrote ")).count())
          .isEqualTo(names.size());
    }
    assertThat(tmp.resolve("nvdir-gavin-newsom")).doesNotExist();
  }

  /** Officials with hostile names, from a user's data folder, written to a folder. */
  @Test
  void hostileOfficialNamesGiveSafeDistinctFileNames() throws IOException {
    Path people = Files.createDirectories(tmp.resolve("data/people"));
    String yaml =
        Files.readString(Path.of("src/test/resources/userdata/people/example-supervisor.yml"));
    List<String> names =
        List.of(
            "../../etc/passwd",
            "CON",
            "...",
            "a.b.c",
            "Evil\u001b]0;pwned\u0007 \u001b[2J Name",
            "Nul\u0000Byte",
            "/",
            "Ünïcödé Ñame");
    for (int i = 0; i < names.size(); i++) {
      Files.writeString(
          people.resolve("p" + i + ".yml"),
          "id: ocd-person/00000000-0000-4000-8000-00000000000"
              + i
              + "\n"
              + yaml.replace(
                      "name: Example Supervisor",
                      "name: \""
                          + names
                              .get(i)
                              .replace("\u0000", "\\0")
                              .replace("\u001b", "\\e")
                              .replace("\u0007", "\\a")
                          + "\"")
                  // a seat of its own for each: one supervisor seat shows one holder (issue 11)
                  .replace("district: \"3\"", "district: \"" + (i + 1) + "\""));
    }
    for (int i = 0; i < names.size(); i++) {
      Path dir = tmp.resolve("out" + i);
      var r =
          Cli.run(
              "letter",
              "--data-dir",
              tmp.resolve("data").toString(),
              "--to",
              "ocd-person/00000000-0000-4000-8000-00000000000" + i,
              "--topic",
              "police-staffing",
              "--name",
              "Ana Ruiz",
              // the made-up officials hold no seat the writer is placed in; file names are the
              // point
              "--not-constituent",
              "-o",
              dir + "/");
      assertThat(r.exitCode()).as(names.get(i) + ": " + r.err()).isZero();
      assertThat(r.err()).doesNotContain("\u001b", "\u0007");
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> written = files.toList();
        assertThat(written).hasSize(1);
        String n = written.get(0).getFileName().toString();
        assertThat(n).as(names.get(i)).matches("[a-z0-9][a-z0-9-]*-police-staffing\\.txt");
        assertThat(Files.readString(written.get(0))).doesNotContain("\u001b", "\u0007", "\u0000");
      }
    }
    assertThat(tmp.resolve("etc")).doesNotExist();
  }
}
