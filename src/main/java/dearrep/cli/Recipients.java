package dearrep.cli;

import dearrep.lookup.DistrictQuery;
import dearrep.lookup.Lookup;
import dearrep.lookup.Representation;
import dearrep.model.DearrepException;
import dearrep.model.Person;
import java.util.List;

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
    if (q instanceof DistrictQuery.Zip) {
      throw DearrepException.badInput(
          "a ZIP code can span several districts: find yours with `dearrep lookup --zip "
              + text
              + "`, then write to the district (e.g. --to CA-AD25) or a person id");
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
