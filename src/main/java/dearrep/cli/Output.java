package dearrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dearrep.data.BundleFiles;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command prints: its picocli streams, with the style and width of the terminal. */
final class Output {

  /** One mapper for the process, made on first use: immutable once configured, so shared safely. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        BundleFiles.json().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private final CommandSpec spec;
  private final SharedOptions options;

  Output(CommandSpec spec, SharedOptions options) {
    this.spec = spec;
    this.options = options;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Style style() {
    return Style.of(options, Main.sessionOf(spec));
  }

  /** Terminal width: the session's shell terminal, else $COLUMNS, else 100. */
  int width() {
    java.util.Optional<Session> session = Main.sessionOf(spec);
    java.util.function.IntSupplier shell = session.isPresent() ? session.get().width() : null;
    if (shell != null) {
      return shell.getAsInt();
    }
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? 100 : Integer.parseInt(columns.strip());
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  void print(String text) {
    out().print(text);
    out().flush();
  }

  /** Prints a value as indented JSON with the bundle's field names. */
  void json(Object value) {
    try {
      out().println(Json.MAPPER.writeValueAsString(value));
      out().flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A one-line notice on standard error (warnings, vintage notices). */
  void notice(String text) {
    err().println(style().warn(text));
    err().flush();
  }
}
