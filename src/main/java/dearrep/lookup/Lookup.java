package dearrep.lookup;

import dearrep.model.Chamber;
import dearrep.model.DearrepException;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Names;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import dearrep.model.Vacancy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers "who represents this district?" and "who is this person?" over a {@link Directory}. */
public final class Lookup {

  private final Directory directory;

  public Lookup(Directory directory) {
    this.directory = directory;
  }

  public Directory directory() {
    return directory;
  }

  /**
   * The division a query names and who holds its seats. For a statewide query ({@code CA}) the
   * members are everyone elected statewide: U.S. senators first, then the executive officers.
   *
   * @throws DearrepException bad input for unknown states, chambers or districts, with what would
   *     be right; not found when a well-formed id names nothing in the data
   */
  public Representation find(DistrictQuery query) {
    if (query instanceof DistrictQuery.Statewide s) {
      return members(stateDivision(s.state()));
    } else if (query instanceof DistrictQuery.Congressional c) {
      return members(congressional(c));
    } else if (query instanceof DistrictQuery.Legislative l) {
      return members(legislative(l));
    } else if (query instanceof DistrictQuery.Division d) {
      return members(division(d.id()));
    } else if (query instanceof DistrictQuery.Council c) {
      return members(council(c));
    } else if (query instanceof DistrictQuery.Zip z) {
      throw DearrepException.badInput("a ZIP code is looked up with --zip " + z.zip());
    }
    DistrictQuery.PersonId p = (DistrictQuery.PersonId) query;
    throw DearrepException.badInput(
        "'" + p.id() + "' is a person: use `dearrep show " + p.id() + "`");
  }

  /**
   * A person by id.
   *
   * @throws DearrepException (not found) naming a former official as such, with the last role the
   *     data has and where to find who holds it today
   */
  public Person person(String id) {
    String wanted = id.strip();
    return directory.person(wanted).orElseThrow(() -> notCurrent(wanted));
  }

  private DearrepException notCurrent(String id) {
    Optional<Person> former = directory.former(id);
    if (former.isEmpty()) {
      return DearrepException.notFound(
          "no person with id '"
              + DearrepException.shown(id)
              + "': find ids with `dearrep lookup --name TEXT` or `dearrep lookup CA-AD25`");
    }
    Person p = former.get();
    Optional<Role> last =
        java.util.stream.Stream.concat(p.roles().stream(), p.pastRoles().stream())
            .filter(r -> r.endDate() != null && !r.endDate().isBlank())
            .max(Comparator.comparing(Role::endDate));
    String where =
        last.map(
                r ->
                    r.divisionId() == null || r.divisionId().isBlank() ? r.state() : r.divisionId())
            .filter(w -> w != null && !w.isBlank())
            .orElse("--name \"" + p.name() + "\"");
    return DearrepException.notFound(
        p.name()
            + " is not in office today"
            + last.map(
                    r ->
                        ": the data's last role for them, "
                            + r.title()
                            + (r.body() == null || r.body().isBlank() ? "" : ", " + r.body())
                            + ", ended "
                            + r.endDate())
                .orElse("")
            + "; see who holds it with `dearrep lookup "
            + where
            + "`");
  }

  /**
   * People whose name contains every word of {@code text}, ignoring case and accents ("pena" finds
   * "Peña"), best matches first.
   */
  public List<Person> byName(String text) {
    String needle = Names.fold(text == null ? "" : text);
    if (needle.isBlank()) {
      throw DearrepException.badInput("empty name: give part of a name, e.g. --name kalra");
    }
    List<String> words = List.of(needle.split(" "));
    String last = words.get(words.size() - 1);
    List<Directory.NameMatch> hits = new ArrayList<>(directory.byFoldedName(words));
    // Family names first: "kalra" ranks Ash Kalra above a Kalran.
    hits.sort(
        Comparator.comparing((Directory.NameMatch m) -> !m.folded().endsWith(last))
            .thenComparing(Directory.NameMatch::folded));
    List<Person> people = new ArrayList<>();
    for (Directory.NameMatch m : hits) {
      directory.person(m.state(), m.id()).ifPresent(people::add);
    }
    return List.copyOf(people);
  }

  private Representation members(Division division) {
    StateBundle state = directory.state(division.state());
    List<Representation.Member> members = new ArrayList<>();
    for (Person p : state.people()) {
      for (Role r : p.roles()) {
        if (division.id().equals(r.divisionId())) {
          members.add(new Representation.Member(p, r));
          break;
        }
      }
    }
    members.sort(
        Comparator.comparing((Representation.Member m) -> rank(m.role()))
            .thenComparing(m -> m.person().name()));
    List<Vacancy> vacancies =
        state.vacancies().stream().filter(v -> division.id().equals(v.divisionId())).toList();
    return new Representation(division, members, vacancies);
  }

  private static int rank(Role r) {
    if (r.level() == Level.FEDERAL) {
      return "upper".equals(r.type()) ? 0 : 1;
    }
    return switch (r.type()) {
      case "governor" -> 2;
      case "lt_governor" -> 3;
      case "mayor" -> 2;
      default -> 4;
    };
  }

  private Division stateDivision(String state) {
    requireState(state);
    return divisions(state).stream()
        .filter(
            d ->
                "state".equals(d.kind())
                    || "district".equals(d.kind())
                    || "territory".equals(d.kind()))
        .findFirst()
        .orElseThrow(
            () -> DearrepException.notFound("no statewide offices are bundled for " + state));
  }

  private Division congressional(DistrictQuery.Congressional q) {
    requireState(q.state());
    List<Division> seats =
        divisions(q.state()).stream().filter(d -> "cd".equals(d.kind())).toList();
    if (seats.isEmpty()) {
      throw DearrepException.notFound(
          directory.stateName(q.state()) + " has no voting U.S. House district in the data");
    }
    if (seats.size() == 1 && (q.district().equals("at-large") || q.district().equals("1"))) {
      return seats.get(0);
    }
    return seats.stream()
        .filter(d -> q.district().equals(d.district()))
        .findFirst()
        .orElseThrow(
            () ->
                DearrepException.badInput(
                    "unknown district "
                        + q.state()
                        + "-"
                        + q.district()
                        + ": "
                        + DistrictNames.describe(
                            directory.stateName(q.state()) + " has",
                            "congressional districts",
                            seats)));
  }

  private Division legislative(DistrictQuery.Legislative q) {
    requireState(q.state());
    List<Chamber> chambers = directory.chambers(q.state());
    String chamber = q.chamber();
    boolean unicameral = chambers.size() == 1 && chambers.get(0).unicameral();
    if (unicameral) {
      chamber = "unicameral";
    } else if ("unicameral".equals(chamber)) {
      throw DearrepException.badInput(
          directory.stateName(q.state())
              + " has two chambers: use "
              + q.state()
              + "-HD<n> (or AD) for the lower and "
              + q.state()
              + "-SD<n> for the upper");
    }
    String wanted = chamber;
    Chamber table =
        chambers.stream().filter(c -> c.chamber().equals(wanted)).findFirst().orElseThrow();
    String stateName = directory.stateName(q.state());
    // "Nebraska Legislature", not "Nebraska's Nebraska Legislature"
    String body =
        table.chamberName().startsWith(stateName)
            ? table.chamberName()
            : DistrictNames.possessive(stateName) + " " + table.chamberName();
    List<Division> seats =
        divisions(q.state()).stream().filter(d -> wanted.equals(d.chamber())).toList();
    return DistrictNames.match(seats, q.district())
        .orElseThrow(
            () ->
                DearrepException.badInput(
                    "unknown district '"
                        + q.district()
                        + "': "
                        + nearestDistrict(q.district(), seats)
                        + DistrictNames.describe(body + " has", "districts", seats)));
  }

  private Division division(String id) {
    Optional<String> state = Divisions.stateOf(id);
    if (state.isEmpty()) {
      throw DearrepException.badInput(
          "OCD id '" + id + "' names no U.S. state: expected ocd-division/country:us/state:<st>/…");
    }
    requireState(state.get());
    return divisions(state.get()).stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> DearrepException.notFound("no division '" + id + "' in the data"));
  }

  private Division council(DistrictQuery.Council q) {
    // A city's council, or else a county's board (user files: santa-clara-3)
    for (String kind : List.of("/place:", "/county:")) {
      String suffix = kind + q.city() + "/council_district:" + q.district();
      for (Directory.IndexEntry e : directory.index()) {
        if (e.divisionId().endsWith(suffix)) {
          return division(e.divisionId());
        }
      }
    }
    List<String> known =
        directory.index().stream()
            .map(Directory.IndexEntry::divisionId)
            .filter(
                id ->
                    id.contains("/place:" + q.city() + "/council_district:")
                        || id.contains("/county:" + q.city() + "/council_district:"))
            .map(id -> id.substring(id.lastIndexOf(':') + 1))
            .distinct()
            .sorted(Comparator.comparingInt(s -> s.length() * 1000 + s.hashCode() % 1000))
            .toList();
    if (known.isEmpty()) {
      throw DearrepException.notFound(
          "no council members for '"
              + q.city().replace('_', ' ')
              + "' in the data: add them with --data-dir (see README, \"Adding officials\")");
    }
    throw DearrepException.badInput(
        "unknown council district "
            + q.district()
            + " of "
            + q.city().replace('_', ' ')
            + ": the data has districts "
            + String.join(", ", known));
  }

  private List<Division> divisions(String state) {
    return directory.state(state).divisions();
  }

  /** "did you mean 7th Hampden? " for a mistyped district name; nothing for numbers. */
  private static String nearestDistrict(String typed, List<Division> seats) {
    if (typed.chars().allMatch(Character::isDigit)) {
      return "";
    }
    return dearrep.model.Nearest.to(typed, seats.stream().map(Division::district).toList())
        .map(d -> "did you mean \"" + d + "\"? ")
        .orElse("");
  }

  /** The code of the state whose name is {@code typed} or nearly ("Califonia" → CA). */
  private Optional<String> stateByName(String typed) {
    Map<String, String> codeByName = new java.util.HashMap<>();
    for (String code : directory.chambers().keySet()) {
      if (!code.equals("US")) {
        codeByName.put(directory.stateName(code), code);
      }
    }
    return dearrep.model.Nearest.to(typed, codeByName.keySet()).map(codeByName::get);
  }

  private void requireState(String state) {
    if (!directory.knowsState(state)) {
      throw DearrepException.badInput(
          "unknown state '"
              + state
              + "': "
              + stateByName(state).map(code -> "did you mean " + code + "? ").orElse("")
              + "use a two-letter postal code such as CA, NY or DC");
    }
  }
}
