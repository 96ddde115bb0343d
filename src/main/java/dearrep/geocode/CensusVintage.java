package dearrep.geocode;

import java.time.LocalDate;

/**
 * Which lines to ask the Census Geocoder for. Its default vintage answers with the newest lines,
 * which after an election are the lines the <em>next</em> members will hold: from September 2026
 * {@code Current_Current} answers with the 120th Congress lines (elected 2026-11-03, seated
 * 2027-01-03), while {@code ACS2025_Current} still answers with the 119th Congress lines that the
 * members serving now were elected on. Through the last day of the 119th Congress we ask for those;
 * after it, for the current ones.
 *
 * @param name the vintage parameter sent to the service
 * @param lines what the lines are, in words, for output and {@code data info}
 */
public record CensusVintage(String name, String lines) {

  /** The last day the members elected on the 119th Congress lines serve (the 120th is seated). */
  public static final LocalDate LAST_DAY_OF_119TH = LocalDate.of(2027, 1, 3);

  /** The 119th Congress lines and the 2024 state legislative lines: today's members'. */
  public static final CensusVintage SERVING =
      new CensusVintage(
          "ACS2025_Current",
          "the lines the members serving now were elected on (119th Congress; state legislative"
              + " districts of 2024)");

  /** The service's current lines, once the members elected on them are seated. */
  public static final CensusVintage CURRENT =
      new CensusVintage(
          "Current_Current", "the current lines (120th Congress, seated 2027-01-03, and later)");

  /** The vintage to ask for on {@code day}. */
  public static CensusVintage on(LocalDate day) {
    return day.isAfter(LAST_DAY_OF_119TH) ? CURRENT : SERVING;
  }
}
