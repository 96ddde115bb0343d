package dearrep.geo;

import dearrep.model.DearrepException;

/**
 * A geo lookup failed; the message is one line, written for the user.
 *
 * <p>{@link #reason()} says why; as a {@link DearrepException} its kind gives the exit code: bad
 * input, nothing found, or broken bundled data (a failure).
 */
public final class GeoException extends DearrepException {

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
    super(kindOf(reason), message);
    this.reason = reason;
  }

  public GeoException(Reason reason, String message, Throwable cause) {
    super(kindOf(reason), message, cause);
    this.reason = reason;
  }

  private static Kind kindOf(Reason reason) {
    return switch (reason) {
      case BAD_INPUT -> Kind.BAD_INPUT;
      case NOT_FOUND -> Kind.NOT_FOUND;
      case DATA -> Kind.FAILURE;
    };
  }

  public Reason reason() {
    return reason;
  }

  static GeoException invalid(String message) {
    return new GeoException(Reason.BAD_INPUT, message);
  }

  static GeoException data(String message, Throwable cause) {
    return new GeoException(Reason.DATA, message, cause);
  }
}
