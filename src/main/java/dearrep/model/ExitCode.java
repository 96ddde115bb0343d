package dearrep.model;

/**
 * The exit codes of every command, each with its one-line meaning: the one table that the commands
 * return, {@link DearrepException.Kind} maps onto, help lists and the README's table repeats (a
 * test compares all three).
 */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0, "success"),
  /** Anything not listed below: the catch-all, also for an unexpected error. */
  FAILURE(1, "anything else: broken data, a full disk, an unreadable file, a bug"),
  /** The command line or an input file could not be used; the message names the fix. */
  BAD_INPUT(2, "usage or bad input"),
  /** The query was well-formed but nothing matched. */
  NOT_FOUND(3, "nothing found"),
  /** A batch finished, but some rows yielded no letters (they are listed in errors.csv). */
  ROWS_FAILED(4, "a batch finished with some rows failed");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }

  /** What the code means, in one line, as help and the README show it. */
  public String meaning() {
    return meaning;
  }
}
