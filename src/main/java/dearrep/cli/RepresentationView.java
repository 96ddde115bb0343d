package dearrep.cli;

import dearrep.lookup.Representation;
import dearrep.lookup.VacancyNote;
import dearrep.model.Vacancy;

/** Text view of a lookup: the division, then each member, then vacant seats. */
final class RepresentationView {

  private final Style style;
  private final int width;

  RepresentationView(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  String render(Representation rep) {
    return render(rep, dearrep.model.Today.date());
  }

  String render(Representation rep, java.time.LocalDate today) {
    StringBuilder s = new StringBuilder();
    s.append(style.title(rep.division().name())).append('\n');
    s.append(style.label(rep.division().id())).append("\n\n");
    PersonView view = new PersonView(style, width);
    int n = 1;
    for (Representation.Member m : rep.members()) {
      s.append(view.brief(String.valueOf(n++), m.person(), m.role())).append('\n');
    }
    for (Vacancy v : rep.vacancies()) {
      s.append("   ").append(style.warn(VacancyNote.of(v, today))).append("\n\n");
    }
    String disagreement = VacancyNote.disagreement(rep);
    if (disagreement != null) {
      for (String line : TextBlock.wrap(disagreement, width - 3)) {
        s.append("   ").append(style.warn(line)).append('\n');
      }
      s.append('\n');
    }
    int unaccounted = rep.division().seats() - rep.members().size() - rep.vacancies().size();
    if (unaccounted > 0) {
      s.append("   ")
          .append(style.warn(unaccounted == 1 ? "1 seat vacant" : unaccounted + " seats vacant"))
          .append(" (no current member in the data)\n\n");
    }
    return s.toString();
  }
}
