package dearrep.cli;

/**
 * Terminal emphasis: bold names, dim labels, colored phone numbers and errors. Off when {@code
 * NO_COLOR} is set, the terminal is dumb, output is not a terminal, or {@code --no-color} is given.
 */
final class Style {

  private static final String RESET = "\u001b[0m";

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  /** Plain text, no escapes. */
  public static final Style PLAIN = new Style(false);

  /** Style for a command's output, honoring --no-color, the session's shell and the environment. */
  static Style of(SharedOptions options, java.util.Optional<Session> session) {
    return options.noColor() ? PLAIN : new Style(enabled(session));
  }

  /** Style for the error lines of a command line's run. */
  static Style forErrors(picocli.CommandLine cli) {
    return new Style(enabled(Main.sessionOf(cli.getCommandSpec())));
  }

  /**
   * True when colors may be used: not disabled by NO_COLOR; then as the session's shell says, else
   * on a real non-dumb terminal.
   */
  static boolean enabled(java.util.Optional<Session> session) {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    Boolean forced = session.isPresent() ? session.get().colors() : null;
    if (forced != null) {
      return forced;
    }
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  public boolean enabled() {
    return on;
  }

  String name(String s) {
    return wrap("1", s);
  }

  String title(String s) {
    return wrap("36", s);
  }

  String phone(String s) {
    return wrap("32", s);
  }

  String label(String s) {
    return wrap("2", s);
  }

  String warn(String s) {
    return wrap("33", s);
  }

  String error(String s) {
    return wrap("31", s);
  }

  private String wrap(String code, String s) {
    return on && s != null && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
