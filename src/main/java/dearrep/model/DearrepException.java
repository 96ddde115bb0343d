package dearrep.model;

/**
 * A failure the user can act on: its message is one line naming what was wrong and what would be
 * right. The command line exits with its {@link Kind}'s {@link ExitCode}.
 */
public class DearrepException extends RuntimeException {

  /** What kind of failure, which decides the exit code. */
  public enum Kind {
    /** Usage or bad input. */
    BAD_INPUT(ExitCode.BAD_INPUT),
    /** The query was well-formed but nothing matched. */
    NOT_FOUND(ExitCode.NOT_FOUND),
    /** Broken data or an environment problem. */
    FAILURE(ExitCode.FAILURE);

    private final ExitCode exitCode;

    Kind(ExitCode exitCode) {
      this.exitCode = exitCode;
    }

    /** The code the process exits with for this kind of failure. */
    public ExitCode exitCode() {
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

  /** Longest user text a message shows before cutting it with "…". */
  public static final int SHOWN_MAX = 300;

  /**
   * User text made safe for a one-line message: control characters (and the line and paragraph
   * separators) shown as escapes, cut with "…" past {@link #SHOWN_MAX} characters.
   */
  public static String shown(String text) {
    return escaped(text, SHOWN_MAX);
  }

  /**
   * Text with control characters (and the line and paragraph separators) shown as escapes, cut with
   * "…" past {@code max} characters.
   */
  public static String escaped(String text, int max) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); ) {
      if (s.length() >= max) {
        return s.append('…').toString();
      }
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        s.append(String.format("\\u%04x", c));
      } else {
        s.appendCodePoint(c);
      }
    }
    return s.toString();
  }

  /**
   * A file-system failure as a user-facing {@link Kind#FAILURE}: one line naming the file and the
   * reason in words.
   */
  public static DearrepException io(java.io.IOException e) {
    String file =
        e instanceof java.nio.file.FileSystemException f && f.getFile() != null
            ? shown(f.getFile()) + ": "
            : "";
    return new DearrepException(Kind.FAILURE, "cannot read or write " + file + reason(e), e);
  }

  /** Why a file operation failed, in words. */
  public static String reason(java.io.IOException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException
        || m.contains("Permission denied")
        || m.contains("Operation not permitted")) {
      return "permission denied";
    }
    if (m.contains("Read-only file system")) {
      return "the file system is read-only";
    }
    if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
      return "no space left on the device";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.NotDirectoryException || m.contains("Not a directory")) {
      return "not a folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "it is not UTF-8 text";
    }
    if (m.contains("Is a directory")) {
      return "it is a folder, not a file";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return shown(f.getReason());
    }
    return shown(m.isEmpty() ? e.getClass().getSimpleName() : m);
  }

  public Kind kind() {
    return kind;
  }
}
