package dearrep.letter;

import dearrep.model.DearrepException;

/**
 * A letter cannot be written from the input given: an unknown topic, a missing sender field, a note
 * that is too long (bad input), or a broken topic or template file (failure). The message is meant
 * for the user; the command line maps the kind to an exit code.
 */
public class LetterException extends DearrepException {
  private static final long serialVersionUID = 1L;

  /** Bad input ({@link Kind#BAD_INPUT}). */
  public LetterException(String message) {
    super(Kind.BAD_INPUT, message);
  }

  public LetterException(String message, Throwable cause) {
    super(Kind.BAD_INPUT, message, cause);
  }

  /** Broken bundled or user files ({@link Kind#FAILURE}). */
  static LetterException broken(String message, Throwable cause) {
    LetterException e = new LetterException(Kind.FAILURE, message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  private LetterException(Kind kind, String message) {
    super(kind, message);
  }
}
