package dearrep.cli;

import dearrep.shell.Shell;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code dearrep shell}: the interactive shell (also what {@code dearrep} alone opens in a
 * terminal).
 */
@Command(
    name = "shell",
    description = {
      "Open the interactive shell: line editing, history, Tab completion, guided letters.",
      "Inside it, type commands without 'dearrep'; help lists them, exit or Ctrl-D leaves."
    })
final class ShellCommand extends SharedOptions.Holder implements Callable<Integer> {

  private final Session session;

  public ShellCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    return open(session, options);
  }

  /** Runs a shell on this process's terminal over the same session and commands. */
  static int open(Session session, SharedOptions options) {
    if (session.inShell()) {
      throw dearrep.model.DearrepException.badInput("already in the shell");
    }
    try (Shell shell =
        Shell.onSystemTerminal(
            () -> Main.commandLine(session),
            () -> session.lookup(options.dataDir()).directory(),
            session::lastResults)) {
      session.enterShell();
      session.useColors(shell.colors() && !options.noColor());
      session.useWidth(shell::width);
      return shell.run();
    } finally {
      session.useEnvironment();
      session.leaveShell();
    }
  }
}
