package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Main;
import dearrep.cli.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings live on the session a command runs on, never in statics: a shell command's options do
 * not carry over to the next, and a shell's terminal does not reach a one-shot run in the same
 * process.
 */
class SessionSettingsTest {

  private static final String BOLD = "\u001b[1m";

  @TempDir Path home;

  @Test
  void noColorInOneShellCommandDoesNotLeakIntoTheNext() throws Exception {
    try (ShellDriver shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      int mark = shell.screen().length();
      shell.line("lookup --no-color CA-AD25");
      shell.untilPrompt();
      String plain = shell.screen().substring(mark);
      mark = shell.screen().length();
      shell.line("lookup CA-AD25");
      shell.untilPrompt();
      String colored = shell.screen().substring(mark);

      assertThat(plain).contains("Ash Kalra").doesNotContain(BOLD + "Ash Kalra");
      assertThat(colored).contains(BOLD + "Ash Kalra");
    }
  }

  @Test
  void aShellsColorsAndWidthDoNotReachAOneShotRun() throws Exception {
    Session shellSession = new Session();
    try (ShellDriver shell = new ShellDriver(home.resolve("history"), shellSession)) {
      shellSession.useWidth(() -> 60);
      shell.untilPrompt();

      StringWriter out = new StringWriter();
      var oneShot = Main.commandLine(new Session());
      oneShot.setOut(new PrintWriter(out));
      oneShot.execute("lookup", "CA-AD25");
      // no terminal here, so no colors; $COLUMNS or 100, not the shell's 60
      assertThat(out.toString()).contains("Ash Kalra").doesNotContain("\u001b[");
      assertThat(out.toString().lines()).anyMatch(l -> l.length() > 60);

      shell.line("lookup CA-AD25");
      String inShell = shell.untilPrompt();
      assertThat(shell.screen()).contains(BOLD + "Ash Kalra");
      assertThat(inShell.lines().filter(l -> !l.contains("ocd-person/")))
          .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    }
  }
}
