package dearrep.letter;

import dearrep.model.Role;
import java.util.Locale;
import java.util.Map;

/** Names of states and cities as letters spell them. */
final class Places {

  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("AL", "Alabama"),
          Map.entry("AK", "Alaska"),
          Map.entry("AZ", "Arizona"),
          Map.entry("AR", "Arkansas"),
          Map.entry("CA", "California"),
          Map.entry("CO", "Colorado"),
          Map.entry("CT", "Connecticut"),
          Map.entry("DE", "Delaware"),
          Map.entry("DC", "the District of Columbia"),
          Map.entry("FL", "Florida"),
          Map.entry("GA", "Georgia"),
          Map.entry("HI", "Hawaii"),
          Map.entry("ID", "Idaho"),
          Map.entry("IL", "Illinois"),
          Map.entry("IN", "Indiana"),
          Map.entry("IA", "Iowa"),
          Map.entry("KS", "Kansas"),
          Map.entry("KY", "Kentucky"),
          Map.entry("LA", "Louisiana"),
          Map.entry("ME", "Maine"),
          Map.entry("MD", "Maryland"),
          Map.entry("MA", "Massachusetts"),
          Map.entry("MI", "Michigan"),
          Map.entry("MN", "Minnesota"),
          Map.entry("MS", "Mississippi"),
          Map.entry("MO", "Missouri"),
          Map.entry("MT", "Montana"),
          Map.entry("NE", "Nebraska"),
          Map.entry("NV", "Nevada"),
          Map.entry("NH", "New Hampshire"),
          Map.entry("NJ", "New Jersey"),
          Map.entry("NM", "New Mexico"),
          Map.entry("NY", "New York"),
          Map.entry("NC", "North Carolina"),
          Map.entry("ND", "North Dakota"),
          Map.entry("OH", "Ohio"),
          Map.entry("OK", "Oklahoma"),
          Map.entry("OR", "Oregon"),
          Map.entry("PA", "Pennsylvania"),
          Map.entry("RI", "Rhode Island"),
          Map.entry("SC", "South Carolina"),
          Map.entry("SD", "South Dakota"),
          Map.entry("TN", "Tennessee"),
          Map.entry("TX", "Texas"),
          Map.entry("UT", "Utah"),
          Map.entry("VT", "Vermont"),
          Map.entry("VA", "Virginia"),
          Map.entry("WA", "Washington"),
          Map.entry("WV", "West Virginia"),
          Map.entry("WI", "Wisconsin"),
          Map.entry("WY", "Wyoming"),
          Map.entry("PR", "Puerto Rico"),
          Map.entry("GU", "Guam"),
          Map.entry("VI", "the U.S. Virgin Islands"),
          Map.entry("AS", "American Samoa"),
          Map.entry("MP", "the Northern Mariana Islands"));

  private Places() {}

  /** "California", "the District of Columbia"; the code itself when unknown. */
  static String stateName(String code) {
    String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
    return STATES.getOrDefault(c, c);
  }

  /** The state name without a leading article, for "Office of the ... of Maryland" and titles. */
  static String bareStateName(String code) {
    return stateName(code).replaceFirst("^the ", "");
  }

  /** Possessive for a congressional district: "California's", "the District of Columbia's". */
  static String statePossessive(String code) {
    return stateName(code) + "'s";
  }

  /**
   * The city a local role serves: from a body like "City of San Jose", else from the jurisdiction
   * id ({@code place:san_jose}), else "the city".
   */
  static String city(Role role) {
    String body = role.body();
    if (body != null) {
      for (String prefix : new String[] {"City of ", "City and County of ", "Town of "}) {
        if (body.startsWith(prefix)) {
          return body.substring(prefix.length()).strip();
        }
      }
      if (body.endsWith(" City Council")) {
        return body.substring(0, body.length() - " City Council".length()).strip();
      }
    }
    String j = role.jurisdiction() == null ? "" : role.jurisdiction();
    int at = j.indexOf("place:");
    if (at >= 0) {
      String slug = j.substring(at + "place:".length()).replaceFirst("/.*", "");
      StringBuilder name = new StringBuilder();
      for (String word : slug.split("_")) {
        if (!word.isEmpty()) {
          if (name.length() > 0) {
            name.append(' ');
          }
          name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
      return name.toString();
    }
    return "the city";
  }
}
