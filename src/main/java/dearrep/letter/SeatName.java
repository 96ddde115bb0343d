package dearrep.letter;

import dearrep.model.Role;
import java.util.Locale;

/** Names the seat a writer may be a constituent of: "the 25th Assembly District", "California". */
final class SeatName {

  /** DC and the territories send one non-voting member each; their seat is the whole place. */
  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("\\d+[A-Za-z]?|[A-Za-z]?\\d+");

  private static final java.util.regex.Pattern LEADING_ZEROS =
      java.util.regex.Pattern.compile("^0+(?=.)");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
  private static final java.util.Set<String> NON_VOTING =
      java.util.Set.of("DC", "PR", "GU", "VI", "AS", "MP");

  private SeatName() {}

  /** The constituency of a role, for "As a constituent in ...". */
  static String of(Role role) {
    String type = role.type() == null ? "" : role.type().toLowerCase(Locale.ROOT);
    String d = role.district() == null ? "" : role.district().strip();
    String state = role.state() == null ? "" : role.state().toUpperCase(Locale.ROOT);
    if (role.isCongress()) {
      if (type.equals("upper") || NON_VOTING.contains(state)) {
        return Places.stateName(state);
      }
      if (d.isEmpty() || d.equals("0") || d.toLowerCase(Locale.ROOT).contains("large")) {
        return Places.statePossessive(state) + " at-large congressional district";
      }
      return Places.statePossessive(state) + " " + ordinal(d) + " Congressional District";
    }
    return switch (type) {
      case "lower", "upper" -> legislative(role, d);
      case "legislature" ->
          state.equals("DC")
              ? (d.startsWith("Ward") ? d : "the District of Columbia")
              : legislativeDistrict("Legislative", d);
      case "mayor" -> "the City of " + Places.city(role);
      case "councilmember" ->
          d.isEmpty()
              ? "the City of " + Places.city(role)
              : d.startsWith("District") ? "Council " + d : "Council District " + d;
      default -> Places.stateName(state);
    };
  }

  /**
   * How a letter names the writer's standing, before ", I am writing to you about …": "As your
   * constituent in the 25th Assembly District", "As a Californian", "As a resident of ZIP code
   * 95112, in or near your district", "Although I do not live in your district".
   */
  static String standing(Role role, Standing standing, Phrases phrases) {
    if (phrases.language == Language.EN) {
      return standing(role, standing);
    }
    boolean city = isCitywide(role);
    String state = role.state() == null ? "" : role.state().toUpperCase(Locale.ROOT);
    String stateName = Places.bareStateName(standing.state().isEmpty() ? state : standing.state());
    String cityName = city ? Places.city(role) : "";
    String key =
        switch (standing.kind()) {
          case CONSTITUENT ->
              wholeState(role) ? "constituent_state" : city ? "constituent_city" : "constituent";
          case NEARBY -> city ? "nearby_city" : "nearby";
          case STATE_RESIDENT -> "state_resident";
          case NOT_CONSTITUENT -> city ? "not_constituent_city" : "not_constituent";
        };
    return phrases.standing(key, standing.zip(), stateName, cityName);
  }

  /** The English standing, naming the seat. */
  static String standing(Role role, Standing standing) {
    boolean wholeState = wholeState(role);
    boolean city = isCitywide(role);
    String state = role.state() == null ? "" : role.state().toUpperCase(Locale.ROOT);
    return switch (standing.kind()) {
      case CONSTITUENT ->
          wholeState
              ? "As " + Places.resident(state)
              : city ? "As a resident of " + of(role) : "As your constituent in " + of(role);
      case NEARBY ->
          (standing.zip().isEmpty()
                  ? "As a neighbor"
                  : "As a resident of ZIP code " + standing.zip())
              + ", in or near "
              + (city ? of(role) : "your district");
      case STATE_RESIDENT ->
          "As " + Places.resident(standing.state().isEmpty() ? state : standing.state());
      case NOT_CONSTITUENT ->
          city
              ? "Although I do not live in " + of(role)
              : "Although I do not live in your district";
    };
  }

  /** Offices whose district is the whole state (or territory): senators, governors, … */
  static boolean wholeState(Role role) {
    String type = role.type() == null ? "" : role.type().toLowerCase(Locale.ROOT);
    String state = role.state() == null ? "" : role.state().toUpperCase(Locale.ROOT);
    if (role.isCongress()) {
      return type.equals("upper") || NON_VOTING.contains(state) && !state.equals("DC");
    }
    return role.level() == dearrep.model.Level.STATE
        && !type.equals("lower")
        && !type.equals("upper")
        && !type.equals("legislature");
  }

  private static boolean isCitywide(Role role) {
    String type = role.type() == null ? "" : role.type().toLowerCase(Locale.ROOT);
    return type.equals("mayor")
        || type.equals("councilmember") && (role.district() == null || role.district().isBlank());
  }

  private static String legislative(Role role, String d) {
    String body = role.body() == null ? "" : role.body();
    String title = role.title() == null ? "" : role.title();
    String chamber;
    if (role.type().equals("upper")) {
      chamber = "Senate";
    } else if (body.contains("Assembly") && !body.contains("General Assembly")
        || title.startsWith("Assembly")) {
      chamber = "Assembly";
    } else {
      chamber = "House";
    }
    return legislativeDistrict(chamber, d);
  }

  private static String legislativeDistrict(String chamber, String d) {
    if (d.isEmpty()) {
      return "your district";
    }
    if (NUMBERED.matcher(d).matches()) {
      String n = LEADING_ZEROS.matcher(d).replaceFirst("");
      return DIGITS.matcher(n).matches()
          ? "the " + ordinal(n) + " " + chamber + " District"
          : chamber + " District " + n;
    }
    return d.toLowerCase(Locale.ROOT).endsWith("district") ? "the " + d : "the " + d + " District";
  }

  /** 1st, 2nd, 3rd, 11th, 16th. */
  static String ordinal(String number) {
    String n = LEADING_ZEROS.matcher(number).replaceFirst("");
    if (!DIGITS.matcher(n).matches()) {
      return n;
    }
    int v = Integer.parseInt(n);
    String suffix =
        (v % 100 >= 11 && v % 100 <= 13)
            ? "th"
            : switch (v % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
