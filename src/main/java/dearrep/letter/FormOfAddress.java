package dearrep.letter;

import dearrep.model.Person;
import dearrep.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How to address an official in writing: the inside-address name and body line, and the salutation.
 *
 * <p>One table, keyed by the role's type, covers every office in the data. Legislators take their
 * chamber's member title ("Assemblymember", "Assembly Member", "Delegate", "Representative",
 * "Senator", "Councilmember"); members of Congress are Senators, Representatives, Delegates (DC and
 * the territories) or the Resident Commissioner (Puerto Rico). Elected officials are "The
 * Honorable" with their full name, never with a surname alone; when the data has only one name, the
 * title stands in ("Senator Smith"). Appointed chief election officials have no courtesy title:
 * their full name is used in the salutation.
 *
 * @param title courtesy title used before the surname ("Assemblymember"), or empty when none
 * @param insideName first line of the inside address ("The Honorable Ash Kalra")
 * @param body second line: the body or office ("California State Assembly", "Office of the Mayor")
 * @param salutation "Dear Assemblymember Kalra:"
 * @param spoken how to name them aloud ("Assemblymember Kalra")
 */
public record FormOfAddress(
    String title, String insideName, String body, String salutation, String spoken) {

  private static final Set<String> SUFFIXES =
      Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "md", "esq", "esq.");
  private static final Set<String> DELEGATE_STATES = Set.of("DC", "GU", "VI", "AS", "MP");

  /** One row of the table: the courtesy title and the body line for a role type. */
  private static class Row {
    private final Function<Role, String> title;
    private final Function<Role, String> body;
    private final boolean honorable;

    Row(Function<Role, String> title, Function<Role, String> body, boolean honorable) {
      this.title = title;
      this.body = body;
      this.honorable = honorable;
    }

    Row(String title, String body) {
      this(r -> title, r -> body, true);
    }

    String title(Role r) {
      return title.apply(r);
    }

    String body(Role r) {
      return body.apply(r);
    }

    /** Elected officials are "The Honorable"; appointed officers are not. */
    boolean honorable(Role r) {
      return honorable;
    }
  }

  /**
   * The office behind "chief election officer", which upstream files under one role type: in
   * Massachusetts the elected Secretary of the Commonwealth, in Delaware the appointed State
   * Election Commissioner, elsewhere the head of an appointed board or commission, addressed by
   * full name.
   */
  private record ElectionOffice(String title, String body, boolean elected) {}

  private static final Map<String, ElectionOffice> ELECTION_OFFICES =
      Map.ofEntries(
          Map.entry(
              "MA",
              new ElectionOffice("Secretary", "Office of the Secretary of the Commonwealth", true)),
          Map.entry(
              "DE",
              new ElectionOffice(
                  "Commissioner", "Office of the State Election Commissioner", false)),
          Map.entry(
              "VA", new ElectionOffice("Commissioner", "Virginia Department of Elections", false)),
          Map.entry("DC", new ElectionOffice("", "District of Columbia Board of Elections", false)),
          Map.entry("HI", new ElectionOffice("", "Hawaii Office of Elections", false)),
          Map.entry("IL", new ElectionOffice("", "Illinois State Board of Elections", false)),
          Map.entry("MD", new ElectionOffice("", "Maryland State Board of Elections", false)),
          Map.entry("NC", new ElectionOffice("", "North Carolina State Board of Elections", false)),
          Map.entry("NY", new ElectionOffice("", "New York State Board of Elections", false)),
          Map.entry("OK", new ElectionOffice("", "Oklahoma State Election Board", false)),
          Map.entry(
              "PR", new ElectionOffice("", "State Elections Commission of Puerto Rico", false)),
          Map.entry(
              "SC", new ElectionOffice("", "South Carolina State Election Commission", false)),
          Map.entry("WI", new ElectionOffice("", "Wisconsin Elections Commission", false)));

  private static ElectionOffice electionOffice(Role r) {
    String state = r.state() == null ? "" : r.state().toUpperCase(Locale.ROOT);
    return ELECTION_OFFICES.getOrDefault(
        state, new ElectionOffice("", "Office of the Chief Election Officer", false));
  }

  private static final Map<String, Row> TABLE =
      Map.ofEntries(
          Map.entry("us:upper", new Row("Senator", "United States Senate")),
          Map.entry(
              "us:lower",
              new Row(
                  FormOfAddress::houseTitle, r -> "United States House of Representatives", true)),
          Map.entry("lower", new Row(FormOfAddress::legislatorTitle, FormOfAddress::chamber, true)),
          Map.entry("upper", new Row(FormOfAddress::legislatorTitle, FormOfAddress::chamber, true)),
          Map.entry(
              "legislature", new Row(FormOfAddress::legislatorTitle, FormOfAddress::chamber, true)),
          // The District of Columbia's chief executive, filed as its governor, is its mayor.
          Map.entry(
              "governor",
              new Row(
                  r -> "DC".equalsIgnoreCase(r.state()) ? "Mayor" : "Governor",
                  r ->
                      "DC".equalsIgnoreCase(r.state())
                          ? "Office of the Mayor"
                          : "Office of the Governor",
                  true)),
          Map.entry(
              "lt_governor", new Row("Lieutenant Governor", "Office of the Lieutenant Governor")),
          Map.entry(
              "attorney general", new Row("Attorney General", "Office of the Attorney General")),
          Map.entry("secretary of state", new Row("Secretary", "Office of the Secretary of State")),
          Map.entry("treasurer", new Row("Treasurer", "Office of the State Treasurer")),
          Map.entry("auditor", new Row("Auditor", "Office of the State Auditor")),
          Map.entry(
              "chief election officer",
              new Row(r -> electionOffice(r).title(), r -> electionOffice(r).body(), false) {
                @Override
                boolean honorable(Role r) {
                  return electionOffice(r).elected();
                }
              }),
          Map.entry("mayor", new Row("Mayor", "Office of the Mayor")),
          Map.entry(
              "councilmember",
              new Row(r -> "Councilmember", r -> Places.city(r) + " City Council", true)));

  /** Every courtesy title the table gives, for translations of them (data/templates/<code>/). */
  static final List<String> TITLES =
      List.of(
          "Assemblymember",
          "Assembly Member",
          "Representative",
          "Senator",
          "Delegate",
          "Resident Commissioner",
          "Governor",
          "Lieutenant Governor",
          "Attorney General",
          "Secretary",
          "Treasurer",
          "Auditor",
          "Commissioner",
          "Mayor",
          "Councilmember",
          "Chairman");

  /**
   * This form with the salutation and the spoken name in {@code language} ("Estimado/a Asambleísta
   * Kalra:", "Kính gửi Dân biểu Kalra,"); the inside address stays as the post office reads it.
   */
  FormOfAddress in(Person person, Role role, Language language) {
    if (language == Language.EN) {
      return this;
    }
    Phrases p = Phrases.of(language);
    String surname = familyName(person);
    String full = fullName(person);
    return new FormOfAddress(
        title,
        insideName,
        body,
        p.salutation(title, surname, full),
        p.spoken(title, surname, full));
  }

  /** The form of address for a person's primary role. */
  public static FormOfAddress of(Person person) {
    return of(person, person.primaryRole());
  }

  /**
   * The form of address for one of a person's roles.
   *
   * @throws LetterException for a role type the table does not know
   */
  public static FormOfAddress of(Person person, Role role) {
    String type = role.type() == null ? "" : role.type().toLowerCase(Locale.ROOT);
    Row row = TABLE.get(role.isCongress() ? "us:" + type : type);
    if (row == null) {
      throw new LetterException(
          "no form of address for office type '" + role.type() + "' (" + person.name() + ")");
    }
    String title = row.title(role);
    String surname = familyName(person);
    String full = fullName(person);
    boolean hasFullName = full.contains(" ");
    String insideName;
    if (row.honorable(role) && hasFullName) {
      insideName = "The Honorable " + full;
    } else if (hasFullName) {
      // an appointed officer: the full name, and the title in the salutation only
      insideName = full;
    } else if (!title.isEmpty()) {
      insideName = title + " " + surname;
    } else {
      insideName = full;
    }
    String named = title.isEmpty() ? full : title + " " + surname;
    return new FormOfAddress(title, insideName, row.body(role), "Dear " + named + ":", named);
  }

  /** The family name for salutations: the record's, else the last name-like word of the name. */
  static String familyName(Person person) {
    if (person.familyName() != null && !person.familyName().isBlank()) {
      // some records carry the suffix in the family name ("Stewart Jr."): not in a salutation
      List<String> words =
          new java.util.ArrayList<>(List.of(Text.SPACES.split(person.familyName().strip())));
      while (words.size() > 1
          && SUFFIXES.contains(
              withoutTrailingComma(words.get(words.size() - 1)).toLowerCase(Locale.ROOT))) {
        words.remove(words.size() - 1);
      }
      return withoutTrailingComma(String.join(" ", words));
    }
    List<String> words = List.of(Text.SPACES.split(fullName(person)));
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = withoutTrailingComma(words.get(i));
      if (!SUFFIXES.contains(w.toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    return fullName(person);
  }

  private static String withoutTrailingComma(String s) {
    return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
  }

  private static String fullName(Person person) {
    String name = person.name() == null ? "" : person.name().strip();
    String family = person.familyName() == null ? "" : person.familyName().strip();
    if (name.contains(" ")) {
      // "Pablo José Hernández" with the family name "Hernández Rivera": the salutation uses the
      // family name, so the inside address must show all of it
      if (!family.isEmpty() && !name.endsWith(family)) {
        int at = name.lastIndexOf(" " + family.split(" ")[0]);
        if (at > 0 && family.contains(" ")) {
          return name.substring(0, at) + " " + family;
        }
      }
      return name;
    }
    String given = person.givenName() == null ? "" : person.givenName().strip();
    if (!given.isEmpty() && !family.isEmpty()) {
      return given + " " + family;
    }
    return name.isEmpty() ? family : name;
  }

  private static String houseTitle(Role role) {
    String t = role.title() == null ? "" : role.title().strip();
    if (t.equals("Delegate") || t.equals("Resident Commissioner")) {
      return t;
    }
    String state = role.state() == null ? "" : role.state().toUpperCase(Locale.ROOT);
    if (DELEGATE_STATES.contains(state)) {
      return "Delegate";
    }
    return state.equals("PR") ? "Resident Commissioner" : "Representative";
  }

  /** The chamber's member title, cleaned of the plurals some territories' tables use. */
  private static String legislatorTitle(Role role) {
    String t = role.title() == null ? "" : role.title().strip();
    if ("DC".equalsIgnoreCase(role.state()) && "Chairman".equalsIgnoreCase(role.district())) {
      return "Chairman";
    }
    return switch (t) {
      case "Assemblymember",
          "Assembly Member",
          "Delegate",
          "Representative",
          "Senator",
          "Councilmember" ->
          t;
      case "Senators" -> "Senator";
      case "", "Legislators" ->
          switch (role.type()) {
            case "lower" -> "Representative";
            case "legislature" -> "DC".equalsIgnoreCase(role.state()) ? "Councilmember" : "Senator";
            default -> "Senator";
          };
      default -> t;
    };
  }

  /** The body line for a legislator: the role's body, or one built from the state and chamber. */
  private static String chamber(Role role) {
    if (role.body() != null && !role.body().isBlank()) {
      return role.body().strip();
    }
    String state = Places.bareStateName(role.state());
    String title = legislatorTitle(role);
    return switch (role.type()) {
      case "upper" -> state + " State Senate";
      case "legislature" ->
          "DC".equalsIgnoreCase(role.state())
              ? "Council of the District of Columbia"
              : state + " Legislature";
      default ->
          title.startsWith("Assembly")
              ? state + " State Assembly"
              : title.equals("Delegate")
                  ? state + " House of Delegates"
                  : state + " House of Representatives";
    };
  }
}
