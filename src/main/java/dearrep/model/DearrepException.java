package dearrep.model;

/**
 * A failure the user can act on: its message is one line naming what was wrong and what would be
 * right. The command line maps {@link Kind} to the documented exit codes.
 */
public class DearrepException extends RuntimeException {

  /** What kind of failure, which decides the exit code. */
  public enum Kind {
    /** Usage or bad input: exit code 2. */
    BAD_INPUT(2),
    /** The query was well-formed but nothing matched: exit code 3. */
    NOT_FOUND(3),
    /** Broken data or an environment problem: exit code 1. */
    FAILURE(1);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;

  public DearrepException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public DearrepException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public static DearrepException badInput(String message) {
    return new DearrepException(Kind.BAD_INPUT, message);
  }

  public static DearrepException notFound(String message) {
    return new DearrepException(Kind.NOT_FOUND, message);
  }

  /** User text made safe for a one-line message: control characters shown as escapes. */
  public static String shown(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                s.append(String.format("\\u%04x", c));
              } else {
                s.appendCodePoint(c);
              }
            });
    return s.toString();
  }

  public Kind kind() {
    return kind;
  }
}
