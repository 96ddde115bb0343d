package dearrep.cli;

import dearrep.model.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help's "Exit codes:" section (and the man pages' EXIT STATUS), filled from {@link ExitCode} so
 * that help cannot drift from what the commands return: every code on the top command, and on the
 * commands where a script checks the code, the codes that command returns with what each means
 * there. picocli prints the section before the examples.
 */
final class ExitCodeHelp {

  static final String HEADING = "%nExit codes:%n";

  private ExitCodeHelp() {}

  /** What each listed command returns; a meaning given here says more than the code's own. */
  private static Map<ExitCode, String> of(Class<?> command) {
    if (command == LookupCommand.class) {
      return meanings(ExitCode.OK, ExitCode.NOT_FOUND, ExitCode.BAD_INPUT, ExitCode.FAILURE);
    }
    if (command == BatchCommand.class) {
      Map<ExitCode, String> m =
          meanings(ExitCode.OK, ExitCode.ROWS_FAILED, ExitCode.BAD_INPUT, ExitCode.FAILURE);
      m.put(ExitCode.OK, "every row written");
      m.put(ExitCode.ROWS_FAILED, "some rows failed (see errors.csv)");
      m.put(ExitCode.BAD_INPUT, "bad usage or missing columns (nothing written)");
      return m;
    }
    if (command == DataCheckCommand.class) {
      Map<ExitCode, String> m = meanings(ExitCode.OK, ExitCode.FAILURE, ExitCode.BAD_INPUT);
      m.put(ExitCode.OK, "no errors found (warnings may be listed)");
      m.put(ExitCode.FAILURE, "errors found, or the data could not be read");
      return m;
    }
    return Map.of();
  }

  /** The codes with their own meanings, in the order given. */
  static Map<ExitCode, String> meanings(ExitCode... codes) {
    Map<ExitCode, String> m = new LinkedHashMap<>();
    for (ExitCode c : codes) {
      m.put(c, c.meaning());
    }
    return m;
  }

  /** Lists every code on {@code top} and the listed commands' codes on theirs. */
  static void apply(CommandLine top) {
    set(top, meanings(ExitCode.values()));
    for (CommandLine sub : top.getSubcommands().values()) {
      applyBelow(sub);
    }
  }

  private static void applyBelow(CommandLine cli) {
    Object command = cli.getCommand();
    Map<ExitCode, String> codes = of(command == null ? null : command.getClass());
    if (!codes.isEmpty()) {
      set(cli, codes);
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      applyBelow(sub);
    }
  }

  private static void set(CommandLine cli, Map<ExitCode, String> codes) {
    Map<String, String> list = new LinkedHashMap<>();
    // a loop, not a lambda: every run builds this, and a lambda spins a class at start-up
    for (Map.Entry<ExitCode, String> e : codes.entrySet()) {
      list.put(String.valueOf(e.getKey().code()), e.getValue());
    }
    UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
    usage.exitCodeListHeading(HEADING).exitCodeList(list);
  }
}
