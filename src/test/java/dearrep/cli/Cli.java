package dearrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the real command line in-process with captured output, as a user would type it: through
 * {@link Main#run}, so a plain lookup is prefetched as in a real run.
 */
final class Cli {

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return run(new Session(), args);
  }

  static Result run(Session session, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(session, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
