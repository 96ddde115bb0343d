package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Main;
import dearrep.cli.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while a command runs stops the command, not the shell; a stopped batch resumes whole. */
class ShellInterruptTest {

  private static final String[] DISTRICTS = {"CA-AD25", "CA-16", "CA-SD15", "CA-17", "CA-18", "CA-AD99", "CA"};

  @TempDir Path tmp;

  @Test
  void ctrlCStopsABatchAndTheShellGoesOn() throws Exception {
    Path csv = tmp.resolve("supporters.csv");
    List<String> lines = new ArrayList<>();
    lines.add("id,name,city,district,topic");
    for (int i = 1; i <= 12000; i++) {
      lines.add("s" + i + ",Supporter " + i + ",San Jose," + DISTRICTS[i % DISTRICTS.length] + ",police-staffing");
    }
    Files.write(csv, lines);
    Path whole = tmp.resolve("whole");
    Main.commandLine(new Session())
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(new StringWriter()))
        .execute("batch", csv.toString(), "-o", whole.toString(), "--jobs", "1");

    Path out = tmp.resolve("out");
    String batch = "batch " + csv + " -o " + out + " --jobs 1";
    try (var shell = new ShellDriver(tmp.resolve("history"), Map.of(), "xterm", 400)) {
      shell.untilPrompt();
      shell.line(batch);
      waitForManifestLines(out, 300);
      shell.type(ShellDriver.CTRL_C);
      assertThat(shell.untilPrompt()).contains("batch interrupted").contains("--resume");
      assertThat(shell.running()).as("the shell is still there").isTrue();
      assertThat(Files.readAllLines(out.resolve("manifest.csv")).size()).isLessThan(12000);

      shell.line(batch + " --resume");
      shell.untilPrompt();
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
    }
    assertSameLines(out.resolve("manifest.csv"), whole.resolve("manifest.csv"));
    assertSameLines(out.resolve("errors.csv"), whole.resolve("errors.csv"));
    assertThat(letters(out)).isEqualTo(letters(whole));
  }

  /** Equal files; on a difference, says at which line and shows both. */
  private static void assertSameLines(Path actual, Path expected) throws IOException {
    List<String> a = Files.readAllLines(actual);
    List<String> e = Files.readAllLines(expected);
    for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
      assertThat(a.get(i)).as("%s line %d", actual.getFileName(), i + 1).isEqualTo(e.get(i));
    }
    assertThat(a.size()).as("%s lines", actual.getFileName()).isEqualTo(e.size());
  }

  private static void waitForManifestLines(Path out, int lines) throws Exception {
    Path manifest = out.resolve("manifest.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.exists(manifest) && Files.size(manifest) > lines * 60L) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the batch never wrote " + lines + " manifest lines");
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
    assertThat(files).hasSizeGreaterThan(1000);
    return files;
  }
}
