package dearrep.cli;

import dearrep.lookup.Freshness;
import dearrep.lookup.Representation;
import dearrep.lookup.VacancyNote;
import dearrep.model.Division;
import dearrep.model.Provenance;
import dearrep.model.Vacancy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The JSON shape of a district lookup (documented in the README). */
record RepresentationJson(
    String query,
    Division division,
    List<Representation.Member> members,
    List<Vacancy> vacancies,
    int vacantSeats,
    List<String> notes,
    List<Provenance> dataSnapshots,
    List<String> notices) {

  static RepresentationJson of(
      String query,
      Representation rep,
      LocalDate today,
      java.util.function.Supplier<java.util.List<dearrep.model.Dataset>> datasets) {
    int vacant = Math.max(0, rep.division().seats() - rep.members().size());
    List<String> notes = new ArrayList<>();
    rep.vacancies().forEach(v -> notes.add(VacancyNote.of(v, today)));
    String disagreement = VacancyNote.disagreement(rep);
    if (disagreement != null) {
      notes.add(disagreement);
    }
    Freshness fresh = Freshness.of(rep, today, datasets);
    return new RepresentationJson(
        query,
        rep.division(),
        rep.members(),
        rep.vacancies(),
        vacant,
        notes,
        fresh.snapshots(),
        fresh.notice().stream().toList());
  }
}
