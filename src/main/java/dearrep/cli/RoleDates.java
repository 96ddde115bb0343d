package dearrep.cli;

import dearrep.model.Person;
import dearrep.model.Role;
import java.util.stream.Stream;

/** How a card words the dates of a role: only what the data knows. */
final class RoleDates {

  private RoleDates() {}

  /**
   * "2019-01-07" when the unbroken run of the role has a known start; "at least 2022-12-05 (…)"
   * when the record has a role with no start date, which may be earlier (Ash Kalra's District 27
   * seat); null when nothing is dated.
   */
  static String since(Person p, Role r) {
    boolean undated =
        Stream.concat(p.roles().stream(), p.pastRoles().stream())
            .anyMatch(x -> x.startDate() == null);
    if (r.since() != null && !undated) {
      return r.since();
    }
    String known = r.since() != null ? r.since() : r.startDate();
    if (known == null) {
      return null;
    }
    return "at least " + known + " (an earlier role has no start date in the source)";
  }

  /** "2016-12-05 to 2022-12-05", "until 2022-12-05", "dates not given". */
  static String span(Role r) {
    if (r.startDate() == null && r.endDate() == null) {
      return "dates not given";
    }
    if (r.startDate() == null) {
      return "until " + r.endDate();
    }
    return r.endDate() == null ? "from " + r.startDate() : r.startDate() + " to " + r.endDate();
  }
}
