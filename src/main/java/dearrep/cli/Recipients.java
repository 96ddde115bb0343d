package dearrep.cli;

import dearrep.lookup.Coverage;
import dearrep.lookup.DistrictQuery;
import dearrep.lookup.Lookup;
import dearrep.lookup.Representation;
import dearrep.model.DearrepException;
import dearrep.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a letter or script goes to: a person id, a number from the last lookup (in the shell), or any
 * district query, which may name several people (a statewide query, a multi-member district).
 */
final class Recipients {

  private Recipients() {}

  static List<Person> resolve(Session session, SharedOptions options, String who) {
    String text = who.strip();
    if (text.matches("\\d{1,3}")) {
      return List.of(ShowCommand.resolve(session, options, text));
    }
    DistrictQuery q = DistrictQuery.parse(text);
    Lookup lookup = session.lookup(options.dataDir());
    if (q instanceof DistrictQuery.PersonId id) {
      return List.of(lookup.person(id.id()));
    }
    if (q instanceof DistrictQuery.Zip zip) {
      throw DearrepException.badInput(zipHint(session, options, zip.zip()));
    }
    Representation rep = lookup.find(q);
    List<Person> people = rep.members().stream().map(Representation.Member::person).toList();
    if (people.isEmpty()) {
      throw DearrepException.notFound(
          "no one holds the seat of " + rep.division().name() + " in the data (vacant?)");
    }
    session.remember(people);
    return people;
  }

  /**
   * A ZIP code is not a recipient: say which districts it places at each level, and a district to
   * write to, from what the ZIP lookup can actually tell.
   */
  private static String zipHint(Session session, SharedOptions options, String zip) {
    Coverage coverage;
    try {
      coverage = session.places(options.dataDir()).byZip(zip);
    } catch (DearrepException e) {
      return "a ZIP code is not a recipient, and " + e.getMessage();
    }
    List<String> levels = new ArrayList<>();
    String example = null;
    for (Coverage.Seat seat : coverage.seats()) {
      Optional<String> form = shortForm(coverage.place().state(), seat);
      if (form.isEmpty() || seat.candidates().isEmpty()) {
        continue;
      }
      List<String> districts = new ArrayList<>();
      for (Representation rep : seat.candidates()) {
        districts.add(rep.division().district());
      }
      levels.add(
          seat.label()
              + (seat.ambiguous()
                  ? " districts " + or(districts)
                  : " district " + districts.get(0)));
      if (example == null && !seat.ambiguous()) {
        example = form.get() + districts.get(0);
      }
    }
    String placed =
        levels.isEmpty()
            ? "the data place no district for it"
            : "it lies in " + String.join("; ", levels);
    return "ZIP "
        + zip
        + " is not a recipient: "
        + placed
        + ". Write to one district (--to "
        + (example == null ? "CA-AD25" : example)
        + ") or a person id; `dearrep lookup --zip "
        + zip
        + "` lists the members, and the street address decides where a ZIP spans districts";
  }

  private static Optional<String> shortForm(String state, Coverage.Seat seat) {
    return switch (seat.kind()) {
      case "cd" -> Optional.of(state + "-");
      case "sldu" -> Optional.of(state + "-SD");
      case "sldl" -> Optional.of(state + (seat.label().contains("Assembly") ? "-AD" : "-HD"));
      case "legislature" -> Optional.of(state + "-LD");
      default -> Optional.empty();
    };
  }

  private static String or(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }

  /** The recipient given as --to or as the first argument (exactly one of them). */
  static String target(String to, String who) {
    if (to != null && who != null) {
      throw DearrepException.badInput("give the recipient once: either --to " + to + " or " + who);
    }
    if (to == null && who == null) {
      throw DearrepException.badInput(
          "who is it to? give --to WHO (a district such as CA-AD25, a person id, or a number from the last lookup)");
    }
    return to != null ? to : who;
  }
}
