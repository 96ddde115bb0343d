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

  // How residents of a state call themselves; states without a settled word are "a resident of".
  private static final Map<String, String> RESIDENTS =
      Map.ofEntries(
          Map.entry("AL", "an Alabamian"),
          Map.entry("AK", "an Alaskan"),
          Map.entry("AZ", "an Arizonan"),
          Map.entry("AR", "an Arkansan"),
          Map.entry("CA", "a Californian"),
          Map.entry("CO", "a Coloradan"),
          Map.entry("CT", "a Connecticut resident"),
          Map.entry("DE", "a Delawarean"),
          Map.entry("FL", "a Floridian"),
          Map.entry("GA", "a Georgian"),
          Map.entry("HI", "a Hawaii resident"),
          Map.entry("ID", "an Idahoan"),
          Map.entry("IL", "an Illinoisan"),
          Map.entry("IN", "a Hoosier"),
          Map.entry("IA", "an Iowan"),
          Map.entry("KS", "a Kansan"),
          Map.entry("KY", "a Kentuckian"),
          Map.entry("LA", "a Louisianian"),
          Map.entry("ME", "a Mainer"),
          Map.entry("MD", "a Marylander"),
          Map.entry("MA", "a resident of Massachusetts"),
          Map.entry("MI", "a Michigander"),
          Map.entry("MN", "a Minnesotan"),
          Map.entry("MS", "a Mississippian"),
          Map.entry("MO", "a Missourian"),
          Map.entry("MT", "a Montanan"),
          Map.entry("NE", "a Nebraskan"),
          Map.entry("NV", "a Nevadan"),
          Map.entry("NH", "a New Hampshirite"),
          Map.entry("NJ", "a New Jerseyan"),
          Map.entry("NM", "a New Mexican"),
          Map.entry("NY", "a New Yorker"),
          Map.entry("NC", "a North Carolinian"),
          Map.entry("ND", "a North Dakotan"),
          Map.entry("OH", "an Ohioan"),
          Map.entry("OK", "an Oklahoman"),
          Map.entry("OR", "an Oregonian"),
          Map.entry("PA", "a Pennsylvanian"),
          Map.entry("RI", "a Rhode Islander"),
          Map.entry("SC", "a South Carolinian"),
          Map.entry("SD", "a South Dakotan"),
          Map.entry("TN", "a Tennessean"),
          Map.entry("TX", "a Texan"),
          Map.entry("UT", "a Utahn"),
          Map.entry("VT", "a Vermonter"),
          Map.entry("VA", "a Virginian"),
          Map.entry("WA", "a Washingtonian"),
          Map.entry("WV", "a West Virginian"),
          Map.entry("WI", "a Wisconsinite"),
          Map.entry("WY", "a Wyomingite"),
          Map.entry("PR", "a Puerto Rican"),
          Map.entry("GU", "a Guamanian"));

  private Places() {}

  /** "a Californian", "a New Yorker"; "a resident of the District of Columbia" where no word is. */
  static String resident(String code) {
    String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
    return RESIDENTS.getOrDefault(c, "a resident of " + stateName(c));
  }

  /** "California", "the District of Columbia"; the code itself when unknown. */
  static String stateName(String code) {
    String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
    return STATES.getOrDefault(c, c);
  }

  /** Every state and territory name without a leading article, for reading addresses. */
  static java.util.List<String> bareStateNames() {
    return STATES.values().stream().map(n -> n.replaceFirst("^the ", "")).sorted().toList();
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
