package dearrep.letter;

/**
 * A letter cannot be written from the input given: an unknown topic, a broken topic file, a
 * missing sender field, a note that is too long. The message is meant for the user.
 */
public class LetterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LetterException(String message) {
    super(message);
  }

  public LetterException(String message, Throwable cause) {
    super(message, cause);
  }
}
