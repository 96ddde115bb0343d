package dearrep.geocode;

import dearrep.model.DearrepException;

/**
 * The Census Geocoder could not be asked, or answered with something dearrep cannot read. The
 * message is one line ending in what the user can do instead; its kind is {@link Kind#FAILURE}.
 */
public final class GeocoderException extends DearrepException {

  /** What the user can do without the service. */
  public static final String INSTEAD = "use --zip or --lat/--lon";

  /** Why the service gave no answer. */
  public enum Reason {
    /** No connection, no answer in time, or a server error: the network or the service is down. */
    UNREACHABLE,
    /** An answer came, but not one the documented format allows. */
    BAD_ANSWER,
    /** Network use is forbidden ({@code --offline}, {@code DEARREP_OFFLINE=1}). */
    OFFLINE
  }

  private final Reason reason;

  GeocoderException(Reason reason, String message, Throwable cause) {
    super(Kind.FAILURE, message, cause);
    this.reason = reason;
  }

  static GeocoderException unreachable(String why, Throwable cause) {
    return new GeocoderException(
        Reason.UNREACHABLE, "could not reach the Census Geocoder: " + why + "; " + INSTEAD, cause);
  }

  static GeocoderException badAnswer(String why, Throwable cause) {
    return new GeocoderException(
        Reason.BAD_ANSWER,
        "the Census Geocoder sent an answer dearrep cannot read (" + why + "); " + INSTEAD,
        cause);
  }

  static GeocoderException offline() {
    return new GeocoderException(
        Reason.OFFLINE,
        "--offline (or DEARREP_OFFLINE=1) forbids sending the address to the Census Geocoder; "
            + INSTEAD,
        null);
  }

  public Reason reason() {
    return reason;
  }
}
