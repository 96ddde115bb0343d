package dearrep.geo;

/**
 * A geo lookup failed; the message is one line, written for the user.
 *
 * <p>{@link #reason()} tells the caller which exit code fits: bad input (2), nothing found (3), or
 * broken bundled data (1).
 */
public final class GeoException extends RuntimeException {

  /** Why a lookup failed. */
  public enum Reason {
    /** The user typed something that is not a ZIP code or a coordinate. */
    BAD_INPUT,
    /** The input is well formed but the data hold nothing for it. */
    NOT_FOUND,
    /** The bundled geo data are missing or corrupt. */
    DATA
  }

  private final Reason reason;

  public GeoException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public GeoException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static GeoException badInput(String message) {
    return new GeoException(Reason.BAD_INPUT, message);
  }

  static GeoException data(String message, Throwable cause) {
    return new GeoException(Reason.DATA, message, cause);
  }
}
