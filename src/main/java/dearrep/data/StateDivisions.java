package dearrep.data;

import java.util.Locale;
import java.util.Set;

/** OCD division ids of states, DC and the territories, and of their parts. */
final class StateDivisions {

  static final String COUNTRY = "ocd-division/country:us";
  private static final Set<String> TERRITORIES = Set.of("PR", "GU", "VI", "AS", "MP");

  private StateDivisions() {}

  /** {@code ocd-division/country:us/state:ca}, {@code …/district:dc}, {@code …/territory:pr}. */
  static String of(String state) {
    String code = state.toLowerCase(Locale.ROOT);
    if (code.equals("dc")) {
      return COUNTRY + "/district:dc";
    }
    return COUNTRY
        + (TERRITORIES.contains(state.toUpperCase(Locale.ROOT)) ? "/territory:" : "/state:")
        + code;
  }

  /**
   * Kind of the state-level division: {@code state}, {@code district} (DC) or {@code territory}.
   */
  static String kindOf(String state) {
    String id = of(state);
    String last = id.substring(id.lastIndexOf('/') + 1);
    return last.substring(0, last.indexOf(':'));
  }

  /** Last segment type of an OCD division id ({@code sldl}, {@code cd}, {@code place}, …). */
  static String kind(String divisionId) {
    String last = divisionId.substring(divisionId.lastIndexOf('/') + 1);
    int colon = last.indexOf(':');
    return colon < 0 ? last : last.substring(0, colon);
  }

  /**
   * Two-letter upper-case state code of an OCD id ({@code ocd-jurisdiction/country:us/state:ca/…} →
   * {@code CA}), or null when the id names no state, DC or territory.
   */
  static String stateOf(String ocdId) {
    for (String segment : ocdId.split("/")) {
      int colon = segment.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String type = segment.substring(0, colon);
      if (type.equals("state") || type.equals("district") || type.equals("territory")) {
        return segment.substring(colon + 1).toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * The place division of a municipal jurisdiction: {@code
   * ocd-jurisdiction/country:us/state:ca/place:san_jose/government} → {@code
   * ocd-division/country:us/state:ca/place:san_jose}.
   */
  static String ofJurisdiction(String jurisdiction) {
    String id = jurisdiction.replaceFirst("^ocd-jurisdiction/", "ocd-division/");
    return id.endsWith("/government") ? id.substring(0, id.length() - "/government".length()) : id;
  }
}
