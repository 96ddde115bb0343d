package dearrep.data;

import java.util.Locale;
import java.util.Optional;

/**
 * Division ids and names of city council and county board seats, shared by the CivicPatch importer
 * and the Open States mapping of user files so both name a seat the same way.
 *
 * <p>A seat of a city ({@code ocd-jurisdiction/…/place:san_jose/government}) with district "2" is
 * {@code ocd-division/…/place:san_jose/council_district:2}; a seat of a county ({@code
 * …/county:santa_clara/government}) with district "3" is {@code
 * …/county:santa_clara/council_district:3}, the ids ocd-division-ids gives Boards of Supervisors. A
 * seat without a district is at-large: the division of the city or county itself.
 */
final class LocalSeats {

  private LocalSeats() {}

  /** True for a city's ({@code place:}) or county's ({@code county:}) government. */
  static boolean isLocal(String jurisdiction) {
    return placeOrCounty(jurisdiction).isPresent();
  }

  /** The seat's division: the council district, or the city or county itself when at-large. */
  static String divisionId(String jurisdiction, String district) {
    String base = StateDivisions.ofJurisdiction(jurisdiction);
    return district == null ? base : base + "/council_district:" + normalize(district);
  }

  /** "2" for "02"; other district names as written. */
  static String normalize(String district) {
    String d = district.strip();
    return d.matches("0+\\d+") ? d.replaceFirst("^0+", "") : d;
  }

  /** True when the jurisdiction is a county's government. */
  static boolean isCounty(String jurisdiction) {
    return placeOrCounty(jurisdiction).map(s -> s.startsWith("county:")).orElse(false);
  }

  /**
   * Name of the body: "San Jose City Council" for a city (with the city's name as given), "Santa
   * Clara County" for a county (boards are named differently from state to state).
   */
  static String body(String jurisdiction, String cityName) {
    return isCounty(jurisdiction) ? slugName(jurisdiction) + " County" : cityName + " City Council";
  }

  /** "Santa Clara" from {@code …/county:santa_clara/government}; "San Jose" from a place. */
  static String slugName(String jurisdiction) {
    String segment = placeOrCounty(jurisdiction).orElseThrow();
    String slug = segment.substring(segment.indexOf(':') + 1);
    StringBuilder out = new StringBuilder();
    for (String word : slug.split("[_~]")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1));
      }
    }
    return out.toString();
  }

  /** Human name of a seat's division ("San Jose City Council district 2"). */
  static String divisionName(String body, String district) {
    return district == null ? body : body + " district " + normalize(district);
  }

  private static Optional<String> placeOrCounty(String jurisdiction) {
    if (jurisdiction == null || !jurisdiction.endsWith("/government")) {
      return Optional.empty();
    }
    String[] parts = StateDivisions.ofJurisdiction(jurisdiction).split("/");
    String last = parts[parts.length - 1];
    return last.startsWith("place:") || last.startsWith("county:")
        ? Optional.of(last)
        : Optional.empty();
  }
}
