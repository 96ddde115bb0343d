package dearrep.cli;

import static dearrep.cli.BatchCommandTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 6 and 11, and the split-ZIP recipients: what reaches a terminal or a letter from
 * hostile data, and what a user under {@code LANG=C} sees.
 */
class HostileDataOutputTest {

  @TempDir Path tmp;

  private static final String ID = "ocd-person/00000000-0000-4000-8000-0000000000e5";

  /** A user's file naming an official with terminal escapes: retitle, bell, clear screen. */
  private Path escapeOfficial() throws IOException {
    Path people = Files.createDirectories(tmp.resolve("data/people"));
    String yaml =
        Files.readString(Path.of("src/test/resources/userdata/people/example-supervisor.yml"));
    Files.writeString(
        people.resolve("escape.yml"),
        "id: "
            + ID
            + "\n"
            + yaml.replace(
                "name: Example Supervisor", "name: \"Evil\\e]0;pwned\\a\\e[2J Official\""));
    return people.getParent();
  }

  // item 6
  @Test
  void escapesInAnOfficialsNameReachNeitherTheTerminalNorTheLetters() throws IOException {
    Path data = escapeOfficial();
    List<Cli.Result> runs =
        List.of(
            Cli.run("lookup", "--data-dir", data.toString(), "santa-clara-3"),
            Cli.run("show", "--data-dir", data.toString(), ID),
            Cli.run(
                "letter",
                "--data-dir",
                data.toString(),
                "--to",
                ID,
                "--topic",
                "police-staffing",
                "--name",
                "Ana",
                // a San Jose ZIP code: the data cannot rule out the supervisor's district
                "--zip",
                "95113"));
    for (Cli.Result r : runs) {
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out() + r.err()).contains("Official").doesNotContain("\u001b", "\u0007");
    }
    // the refusal without a ZIP code names the official too, and is one line
    var refused =
        Cli.run(
            "letter",
            "--data-dir",
            data.toString(),
            "--to",
            ID,
            "--topic",
            "police-staffing",
            "--name",
            "Ana");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("Official").doesNotContain("\u001b", "\u0007");
    assertThat(refused.err().lines()).hasSize(1);
    Path csv =
        Files.writeString(
            tmp.resolve("s.csv"), "name,zip,to,topic\nAna,95113," + ID + ",police-staffing\n");
    Path out = tmp.resolve("out");
    var batch =
        Cli.run("batch", csv.toString(), "-o", out.toString(), "--data-dir", data.toString());
    assertThat(batch.exitCode()).as(batch.err()).isZero();
    CSVRecord m = read(out.resolve("manifest.csv")).get(0);
    assertThat(m.get("recipient_name")).doesNotContain("\u001b", "\u0007", "\\u001b");
    assertThat(Files.readString(out.resolve(m.get("file")))).doesNotContain("\u001b", "\u0007");
  }

  // item 11: the program itself, in a child process under LANG=C
  @Test
  void underAnAsciiLocaleOutputIsStillUtf8() throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dearrep.cli.Main",
                "lookup",
                "--name",
                "Michele Pe"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(out, StandardCharsets.UTF_8))
        .contains("Michele Peña")
        .doesNotContain("Pe?a");
  }

  // the launcher runs Java under a UTF-8 locale, so a non-ASCII argument is read right
  @Test
  void theLauncherReadsNonAsciiArgumentsUnderAnAsciiLocale() throws Exception {
    String script = Files.readString(Path.of("scripts/dearrep"));
    assertThat(script).contains("LC_ALL=C.UTF-8");
    // the same decision the launcher makes, run by the same shell on this machine
    ProcessBuilder pb =
        new ProcessBuilder(
            "sh",
            "-c",
            "case \"${LC_ALL:-${LC_CTYPE:-${LANG:-}}}\" in *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;; *)"
                + " LC_ALL=C.UTF-8; export LC_ALL ;; esac; exec \"$0\" -cp \"$1\" dearrep.cli.Main"
                + " lookup --name 'peña'",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            System.getProperty("java.class.path"));
    pb.environment().put("LANG", "C");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_CTYPE");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).contains("Michele Peña");
  }

  // the split ZIP 95112 lies in three House districts
  @Test
  void aSplitZipRowGetsEveryCandidateUnderAllAndTheLargestLandShareUnderLargest()
      throws IOException {
    Path csv =
        Files.writeString(tmp.resolve("s.csv"), "name,zip,topic\nAna,95112,police-staffing\n");
    Path all = tmp.resolve("all");
    var r =
        Cli.run(
            "batch",
            csv.toString(),
            "-o",
            all.toString(),
            "--levels",
            "federal",
            "--zip-policy",
            "all");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(read(all.resolve("manifest.csv")))
        .extracting(m -> m.get("recipient_name"))
        .containsExactlyInAnyOrder(
            "Adam B. Schiff", "Alex Padilla", "Sam T. Liccardo", "Ro Khanna", "Zoe Lofgren");
    assertThat(read(all.resolve("manifest.csv")))
        .filteredOn(m -> m.get("recipient_name").equals("Ro Khanna"))
        .extracting(m -> m.get("basis"))
        .allMatch(b -> b.contains("every candidate"));

    Path largest = tmp.resolve("largest");
    var l =
        Cli.run(
            "batch",
            csv.toString(),
            "-o",
            largest.toString(),
            "--levels",
            "federal",
            "--zip-policy",
            "largest");
    assertThat(l.exitCode()).as(l.err()).isZero();
    assertThat(read(largest.resolve("manifest.csv")))
        .extracting(m -> m.get("recipient_name") + " | " + m.get("basis"))
        .containsExactlyInAnyOrder(
            "Adam B. Schiff | zip 95112",
            "Alex Padilla | zip 95112",
            "Zoe Lofgren | zip 95112, largest by land area of 3 candidates");
    assertThat(read(largest.resolve("errors.csv"))).isEmpty();
  }
}
