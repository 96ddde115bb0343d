package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Main;
import dearrep.cli.Session;
import dearrep.testing.BatchFolders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while a command runs stops the command, not the shell; a stopped batch resumes whole. */
class ShellInterruptTest {

  @TempDir Path tmp;

  @Test
  void ctrlCStopsABatchAndTheShellGoesOn() throws Exception {
    Path csv = BatchFolders.supporters(tmp.resolve("supporters.csv"), 12000, false);
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
      BatchFolders.awaitManifestLines(out, 300);
      shell.type(ShellDriver.CTRL_C);
      assertThat(shell.untilPrompt()).contains("batch interrupted").contains("--resume");
      assertThat(shell.running()).as("the shell is still there").isTrue();
      assertThat(Files.readAllLines(out.resolve("manifest.csv")).size()).isLessThan(12000);

      shell.line(batch + " --resume");
      shell.untilPrompt();
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
    }
    BatchFolders.assertSameOutput(out, whole);
  }
}
