package dearrep.cli;

import dearrep.lookup.Representation;
import dearrep.model.Division;
import dearrep.model.Vacancy;
import java.util.List;

/** The JSON shape of a district lookup (documented in the README). */
record RepresentationJson(
    String query,
    Division division,
    List<Representation.Member> members,
    List<Vacancy> vacancies,
    int vacantSeats) {

  static RepresentationJson of(String query, Representation rep) {
    int vacant = Math.max(0, rep.division().seats() - rep.members().size());
    return new RepresentationJson(query, rep.division(), rep.members(), rep.vacancies(), vacant);
  }
}
