package dearrep.cli;

import dearrep.model.DearrepException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into a line on standard error and an exit code: 2 for usage and
 * bad input, 3 for nothing found, 1 for anything else. Stack traces only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean debug = parsed != null && hasDebug(parsed);
    if (ex instanceof DearrepException d) {
      err.println(Style.forStream(err).error("dearrep: " + d.getMessage()));
      if (debug) {
        d.printStackTrace(err);
      }
      err.flush();
      return d.kind().exitCode();
    }
    err.println(
        Style.forStream(err)
            .error("dearrep: unexpected error: " + ex + " (run again with --debug for details)"));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  private static boolean hasDebug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Usage errors: the message, a hint to --help, exit code 2. */
  static final class Usage implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cli = ex.getCommandLine();
      PrintWriter err = cli.getErr();
      err.println(Style.forStream(err).error("dearrep: " + ex.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return 2;
    }
  }
}
