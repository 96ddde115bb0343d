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
    if (unaccounted > 0 && "territory".equals(rep.division().kind()) && rep.members().isEmpty()) {
      // Open States covers the states, D.C. and Puerto Rico, not the other territories' governments
      String code = rep.division().state();
      for (String line :
          TextBlock.wrap(
              "No officials of the territorial government (governor, legislature) of "
                  + rep.division().name()
                  + " are in the bundled data; its Delegate to the U.S. House: dearrep lookup "
                  + code
                  + "-AL",
              width - 3)) {
        s.append("   ").append(style.warn(line)).append('\n');
      }
      s.append('\n');
    } else if (unaccounted > 0) {
      s.append("   ")
          .append(
              style.warn(
                  (unaccounted == 1 ? "1 seat" : unaccounted + " seats")
                      + " with no current member in the data"))
          .append(" (vacant, or missing from the source)\n\n");
    }
    return s.toString();
  }
}
