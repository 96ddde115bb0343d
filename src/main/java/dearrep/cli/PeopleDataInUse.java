package dearrep.cli;

import dearrep.data.UserDataHome;
import dearrep.lookup.Directory;
import dearrep.lookup.Freshness;
import dearrep.model.Dataset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** For {@code data info}: which people data is in use, and how it stands against elections. */
final class PeopleDataInUse {

  /** The datasets that say who holds office (the rest describe places and divisions). */
  private static final Set<String> PEOPLE =
      Set.of("openstates-people", "congress-legislators", "civicpatch-san-jose");

  private PeopleDataInUse() {}

  /** {@code inUse} ("bundled" or "update"), {@code folder}, {@code previous}, {@code summary}. */
  static Map<String, Object> describe(Directory directory) {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<Path> updated = directory.bundle().updatedPeople();
    UserDataHome home = UserDataHome.standard();
    out.put("inUse", updated.isPresent() ? "update" : "bundled");
    updated.ifPresent(p -> out.put("folder", p.toString()));
    home.previous().ifPresent(p -> out.put("previous", p));
    out.put(
        "summary",
        updated.isPresent()
            ? "your data update in "
                + updated.get()
                + " (`dearrep data update --rollback` goes back to "
                + home.previous().orElse("the bundled data")
                + ")"
            : "the data bundled with dearrep (`dearrep data update` fetches newer rosters)");
    return out;
  }

  /** The notice for one people dataset whose snapshot predates the last general election. */
  static Optional<String> electionNotice(Dataset d, LocalDate today) {
    if (!PEOPLE.contains(d.key()) || d.snapshotDate() == null) {
      return Optional.empty();
    }
    LocalDate election = Freshness.lastGeneralElectionBefore(today);
    if (d.snapshotDate().compareTo(election.toString()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "predates the general election of "
            + election
            + ": winners take office as terms end; `dearrep data update` fetches newer rosters");
  }

  static List<String> electionNotices(List<Dataset> datasets, LocalDate today) {
    List<String> out = new ArrayList<>();
    for (Dataset d : datasets) {
      electionNotice(d, today)
          .ifPresent(n -> out.add(d.key() + " (" + d.snapshotDate() + ") " + n));
    }
    return out;
  }
}
