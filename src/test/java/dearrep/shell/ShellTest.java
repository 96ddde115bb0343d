package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell as a user meets it, through a terminal. */
class ShellTest {

  @TempDir Path home;

  @Test
  void welcomesWithHowToGetHelpAndLeave() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      assertThat(shell.untilPrompt()).contains("type help", "exit or Ctrl-D to leave");
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
    }
  }

  @Test
  void aBadCommandPrintsOneLineAndTheShellGoesOn() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("frobnicate CA-AD25");
      String shown = shell.untilPrompt();
      assertThat(shown).contains("unknown command 'frobnicate'");
      assertThat(errorLines(shown)).hasSize(1);
      shell.line("lookup --bogus");
      shown = shell.untilPrompt();
      assertThat(shown).contains("Unknown option: '--bogus'");
      assertThat(errorLines(shown)).hasSize(1);
      shell.line("help");
      assertThat(shell.untilPrompt()).contains("lookup", "show", "shell");
      shell.line("shell");
      assertThat(shell.untilPrompt()).contains("in the shell already");
      shell.line("dearrep lookup --bogus");
      assertThat(shell.untilPrompt()).contains("Unknown option: '--bogus'");
      shell.line("quit");
      assertThat(shell.exitCode()).isZero();
    }
  }

  @Test
  void aLookupThenShowByNumberUsesTheSameSession() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("lookup CA-AD25");
      String shown = shell.untilPrompt();
      assertThat(shown).contains("Ash Kalra");
      assertThat(shown.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
      shell.line("show 1");
      assertThat(shell.untilPrompt()).contains("Ash Kalra", "Assemblymember");
      shell.line("show 9");
      assertThat(shell.untilPrompt()).contains("pick 1");
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
      assertThat(shell.screen()).contains("\u001b[1mAsh Kalra");
    }
  }

  @Test
  void tabThenACommandStillPrintsToTheTerminal() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.type("lookup CA-AD2\t");
      shell.waitFor("CA-AD29");
      shell.line("5");
      assertThat(shell.untilPrompt()).contains("Ash Kalra");
      shell.line("exit");
    }
  }

  @Test
  void ctrlCDropsTheLineAndCtrlDLeaves() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.type("frobnicate half typed");
      shell.waitFor("half typed");
      shell.type(ShellDriver.CTRL_C);
      shell.untilPrompt();
      assertThat(shell.running()).isTrue();
      shell.type(ShellDriver.CTRL_D);
      assertThat(shell.exitCode()).isZero();
      assertThat(shell.screen()).doesNotContain("unknown command");
    }
  }

  @Test
  void historyIsKeptAcrossSessions() throws Exception {
    Path history = home.resolve("state/dearrep/history");
    try (var shell = new ShellDriver(history)) {
      shell.untilPrompt();
      shell.line("help show");
      shell.untilPrompt();
      shell.line("exit");
      shell.exitCode();
    }
    assertThat(Files.readString(history)).contains("help show");
    try (var shell = new ShellDriver(history)) {
      shell.untilPrompt();
      shell.type("\u0010\u0010"); // Ctrl-P twice (previous lines) recalls the last session's line
      shell.waitFor("help show");
      shell.type("\r");
      assertThat(shell.untilPrompt()).contains("Usage: dearrep show");
      shell.line("exit");
    }
  }

  @Test
  void noColorMeansNoColorCodes() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"), Map.of("NO_COLOR", "1"), "xterm")) {
      shell.untilPrompt();
      shell.line("frobnicate");
      shell.untilPrompt();
      shell.line("help");
      shell.untilPrompt();
      shell.line("exit");
      shell.exitCode();
      assertThat(colorCodes(shell.screen())).isEmpty();
    }
  }

  @Test
  void colorsOnAnXterm() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("frobnicate");
      shell.untilPrompt();
      shell.line("exit");
      shell.exitCode();
      assertThat(colorCodes(shell.screen())).isNotEmpty();
    }
  }

  @Test
  void aDumbTerminalGetsNoColors() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"), Map.of(), "dumb")) {
      shell.untilPrompt();
      shell.line("frobnicate");
      shell.untilPrompt();
      shell.line("exit");
      shell.exitCode();
      assertThat(colorCodes(shell.screen())).isEmpty();
    }
  }

  /** SGR sequences (colors, bold) in what the terminal received, ignoring a bare reset. */
  static java.util.List<String> colorCodes(String screen) {
    return java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m")
        .matcher(screen)
        .results()
        .map(m -> m.group())
        .filter(s -> !s.equals("\u001b[0m") && !s.equals("\u001b[m"))
        .toList();
  }

  private static java.util.List<String> errorLines(String shown) {
    return shown.lines().filter(l -> l.contains("dearrep:") || l.contains("Try ")).toList();
  }
}
