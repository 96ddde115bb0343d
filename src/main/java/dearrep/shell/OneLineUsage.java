package dearrep.shell;

import dearrep.model.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors inside the shell: one line naming the problem and where help is, {@link
 * ExitCode#BAD_INPUT}.
 */
final class OneLineUsage implements CommandLine.IParameterExceptionHandler {

  private final boolean colors;

  OneLineUsage(boolean colors) {
    this.colors = colors;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    String command = cli.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ?", "");
    String message;
    if (command.isEmpty() && ex instanceof UnmatchedArgumentException u && args.length > 0) {
      var suggestions = u.getSuggestions();
      message =
          "unknown command '"
              + args[0]
              + "'"
              + (suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)")
              + ": type help for the list";
    } else {
      message =
          ex.getMessage() + " (see: " + (command.isEmpty() ? "help" : command + " --help") + ")";
    }
    err.println(red(colors, "dearrep: " + message));
    err.flush();
    return ExitCode.BAD_INPUT.code();
  }

  static String red(boolean colors, String text) {
    return colors ? "\u001b[31m" + text + "\u001b[0m" : text;
  }
}
