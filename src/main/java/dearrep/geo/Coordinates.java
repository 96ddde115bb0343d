package dearrep.geo;

import java.util.Locale;

/**
 * A WGS 84 point typed by a user.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record Coordinates(double lat, double lon) {

  public Coordinates {
    if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
      throw GeoException.invalid(
          "latitude "
              + show(lat)
              + " is out of range: it must be between -90 and 90"
              + swapHint(lat, lon));
    }
    if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
      throw GeoException.invalid(
          "longitude " + show(lon) + " is out of range: it must be between -180 and 180");
    }
    if (looksSwapped(lat, lon)) {
      throw GeoException.invalid(
          "lat "
              + show(lat)
              + ", lon "
              + show(lon)
              + " looks swapped: U.S. latitudes are positive and longitudes negative;"
              + " try --lat "
              + show(lon)
              + " --lon "
              + show(lat));
    }
  }

  /**
   * Parses a latitude and a longitude as typed ("37.3377", "-121.8853").
   *
   * @throws GeoException (bad input) for text that is not a number, numbers out of range, or a pair
   *     that looks swapped
   */
  public static Coordinates parse(String lat, String lon) {
    return new Coordinates(number("latitude", lat), number("longitude", lon));
  }

  private static double number(String what, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw GeoException.invalid(what + " is missing");
    }
    // Double.parseDouble also takes "NaN", "Infinity" and hex; a coordinate is plain decimal.
    if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
      throw GeoException.invalid(what + " \"" + t + "\" is not a number (expected e.g. 37.3377)");
    }
    return Double.parseDouble(t);
  }

  // A latitude outside ±90 that is a valid longitude is almost always a swapped pair.
  private static String swapHint(double lat, double lon) {
    return Double.isFinite(lat) && Math.abs(lat) <= 180 && Math.abs(lon) <= 90
        ? " (lat and lon look swapped; try --lat " + show(lon) + " --lon " + show(lat) + ")"
        : "";
  }

  // The U.S. lies (almost) entirely in the western hemisphere and north of the equator, apart
  // from the Pacific territories and the Aleutians: a negative latitude with a positive longitude
  // that would land in the mainland when swapped is a swap.
  private static boolean looksSwapped(double lat, double lon) {
    return lat <= -60 && lon > 15 && lon < 72;
  }

  private static String show(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e9) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    return String.valueOf(d);
  }
}
