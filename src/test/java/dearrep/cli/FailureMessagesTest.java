package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 10: every failure a user can cause or meet has its own one-line message and
 * documented exit code, never "unexpected error". The file-system cases run the real program in a
 * child process with a file system of their own: a read-only one and a full one, each a tmpfs
 * mounted in a private mount namespace ({@code unshare -m}, which needs root, as the build machines
 * and CI run). Root ignores permission bits, so "not writable" is shown by the read-only mount.
 */
class FailureMessagesTest {

  @TempDir Path tmp;

  private static final String CSV = "name,district,topic\nAna,CA-AD25,police-staffing\n";

  private static void oneLineNoCatchAll(Cli.Result r) {
    assertThat(r.err()).doesNotContain("unexpected error", "Exception", "\tat ");
    assertThat(r.err().strip()).hasLineCount(1);
  }

  @Test
  void outIsAFile() throws IOException {
    Path csv = Files.writeString(tmp.resolve("s.csv"), CSV);
    Path out = Files.writeString(tmp.resolve("out"), "a file");
    var r = Cli.run("batch", csv.toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is a file, not a folder");
    oneLineNoCatchAll(r);
  }

  @Test
  void theInputIsAFolder() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("supporters"));
    var r = Cli.run("batch", folder.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is a folder");
    oneLineNoCatchAll(r);
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void absurdJobsAreRefusedAndLeaveNothingBehind() throws IOException {
    Path csv = Files.writeString(tmp.resolve("s.csv"), CSV);
    var r =
        Cli.run(
            "batch", csv.toString(), "-o", tmp.resolve("out").toString(), "--jobs", "1000000000");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs must be between 1 and");
    oneLineNoCatchAll(r);
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aNoteFileThatIsNotUtf8() throws IOException {
    Path note =
        Files.write(tmp.resolve("note.txt"), "Jos\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    var r =
        Cli.run(
            "letter",
            "--to",
            "CA-AD25",
            "--topic",
            "police-staffing",
            "--name",
            "Ana",
            "--note-file",
            note.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("note.txt is not UTF-8 text");
    oneLineNoCatchAll(r);
  }

  @Test
  void controlCharactersInArgumentsAreEscapedAndMessagesBounded() {
    var r = Cli.run("lookup", "--name", "\u001b]0;pwned\u0007\u001b[2J" + "x".repeat(5000));
    assertThat(r.err()).doesNotContain("\u001b", "\u0007");
    assertThat(r.err().lines()).allMatch(l -> l.length() < 600);
    var unknown =
        Cli.run(
            "letter", "--to", "\u001b[2JCA-AD99", "--topic", "police-staffing", "--name", "Ana");
    assertThat(unknown.err()).doesNotContain("\u001b").contains("\\u001b");
  }

  /** The real program in a child process, with {@code env} and a shell command run first. */
  private Proc child(String mountFirst, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> java =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dearrep.cli.Main"));
    java.addAll(List.of(args));
    List<String> cmd = new ArrayList<>();
    if (mountFirst != null) {
      cmd.addAll(List.of("unshare", "-m", "sh", "-c", mountFirst + " && exec \"$@\"", "sh"));
    }
    cmd.addAll(java);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
    pb.environment().putAll(env);
    Path err = tmp.resolve("stderr.txt");
    pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Proc(p.exitValue(), Files.readString(err));
  }

  record Proc(int exitCode, String err) {}

  @Test
  void outOnAReadOnlyFileSystem() throws Exception {
    Path csv = Files.writeString(tmp.resolve("s.csv"), CSV);
    Path ro = Files.createDirectories(tmp.resolve("ro"));
    var r =
        child(
            "mount -t tmpfs -o ro,size=1m none " + ro,
            Map.of(),
            "batch",
            csv.toString(),
            "-o",
            ro.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("read-only").doesNotContain("unexpected", "Exception");
    assertThat(r.err().strip()).hasLineCount(1);
  }

  @Test
  void aFullFileSystem() throws Exception {
    StringBuilder rows = new StringBuilder("name,district,topic,note\n");
    for (int i = 0; i < 400; i++) {
      rows.append("Writer ")
          .append(i)
          .append(",CA-AD25,police-staffing,")
          .append("Words. ".repeat(200))
          .append('\n');
    }
    Path csv = Files.writeString(tmp.resolve("s.csv"), rows);
    Path full = Files.createDirectories(tmp.resolve("full"));
    var r =
        child(
            "mount -t tmpfs -o size=256k none " + full,
            Map.of(),
            "batch",
            csv.toString(),
            "-o",
            full.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isIn(1, 4);
    assertThat(r.err())
        .contains("no space left")
        .doesNotContain("unexpected", "Exception", "\tat ");
  }

  @Test
  void anAsciiLocaleWithANonAsciiFileName() throws Exception {
    Path csv = Files.writeString(tmp.resolve("peña.csv"), CSV);
    var r =
        child(
            null,
            Map.of("LANG", "C", "LC_ALL", "C"),
            "batch",
            csv.toString(),
            "-o",
            tmp.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("UTF-8 locale").doesNotContain("unexpected", "Exception");
  }
}
