package dearrep.cli;

import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into a line on standard error and an {@link ExitCode}: the
 * kind's code for our own failures, {@link ExitCode#FAILURE} for anything else, {@link
 * ExitCode#BAD_INPUT} for usage errors. Stack traces only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean debug = parsed != null && hasDebug(parsed);
    if (ex instanceof java.io.UncheckedIOException u) {
      ex = u.getCause();
    }
    if (ex instanceof java.io.IOException io) {
      ex = DearrepException.io(io);
    } else if (ex instanceof java.nio.file.InvalidPathException p) {
      ex = DearrepException.badInput(unreadablePath(p));
    }
    if (ex instanceof DearrepException d) {
      err.println(Style.forErrors(cli).error("dearrep: " + oneLine(d.getMessage())));
      if (debug) {
        d.printStackTrace(err);
      }
      err.flush();
      return d.kind().exitCode().code();
    }
    err.println(
        Style.forErrors(cli)
            .error(
                "dearrep: unexpected error: "
                    + oneLine(ex.toString())
                    + " (run again with --debug for details)"));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.FAILURE.code();
  }

  /** Longest message line printed: past it, the line is cut with "…". */
  static final int MAX_LINE = 500;

  /**
   * A message as printed: control characters from any source (a name in the data, an argument
   * echoed back) shown as escapes, never sent to the terminal; each line cut past {@link
   * #MAX_LINE}.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (String line : message.split("\n", -1)) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(DearrepException.escaped(line, MAX_LINE));
    }
    return s.toString();
  }

  /** A path the platform cannot hold: almost always a non-ASCII name under an ASCII locale. */
  static String unreadablePath(java.nio.file.InvalidPathException e) {
    String enc = System.getProperty("sun.jnu.encoding", "");
    return "the file name '"
        + DearrepException.shown(e.getInput())
        + "' cannot be used"
        + (enc.toUpperCase(java.util.Locale.ROOT).contains("UTF")
            ? ": " + DearrepException.shown(e.getReason())
            : ": file names here are read in "
                + enc
                + ", which has no such characters; run with a UTF-8 locale (LANG=C.UTF-8)");
  }

  private static boolean hasDebug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Usage errors: the message, a hint to --help, {@link ExitCode#BAD_INPUT}. */
  static final class Usage implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cli = ex.getCommandLine();
      PrintWriter err = cli.getErr();
      err.println(Style.forErrors(cli).error("dearrep: " + oneLine(ex.getMessage())));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCode.BAD_INPUT.code();
    }
  }
}
