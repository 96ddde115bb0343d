package dearrep.lookup;

import dearrep.model.Vacancy;
import java.time.LocalDate;

/** How a known vacancy is worded, so that it never says more than the data knows today. */
public final class VacancyNote {

  private VacancyNote() {}

  /**
   * "Vacant seat (vacant until 2027-01-01)"; "Vacant seat: vacancy listed until 2026-09-01; a
   * successor may have taken office" once that date has passed.
   */
  public static String of(Vacancy v, LocalDate today) {
    if (v.vacantUntil() == null) {
      return "Vacant seat";
    }
    if (v.vacantUntil().compareTo(today.toString()) < 0) {
      return "Vacant seat: vacancy listed until "
          + v.vacantUntil()
          + "; a successor may have taken office";
    }
    return "Vacant seat (vacant until " + v.vacantUntil() + ")";
  }

  /**
   * When a division lists more members plus vacancies than it has seats, the sources disagree (CA-1
   * in 2026: congress-legislators has a member, Open States lists the seat as vacant); null when
   * they agree.
   */
  public static String disagreement(Representation rep) {
    int seats = Math.max(1, rep.division().seats());
    if (rep.vacancies().isEmpty() || rep.members().size() + rep.vacancies().size() <= seats) {
      return null;
    }
    return "The sources disagree about this seat: Open States lists it as vacant, while "
        + String.join(
            ", ",
            rep.members().stream().map(m -> m.person().name() + " (" + source(m) + ")").toList())
        + " holds it in the data; check the chamber's own roster";
  }

  private static String source(Representation.Member m) {
    return m.person().provenance() == null ? "another source" : m.person().provenance().dataset();
  }
}
