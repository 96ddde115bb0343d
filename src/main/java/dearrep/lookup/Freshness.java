package dearrep.lookup;

import dearrep.model.Dataset;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * How fresh an answer is: the snapshot dates of the people data it used, and, when a general
 * election has happened since the oldest of them, a notice naming the election and when the winners
 * take office for the seats shown.
 *
 * @param snapshots the datasets the shown people came from, each with its snapshot date
 * @param electionNotice the one-line notice, or null when no election has passed since the data
 */
public record Freshness(List<Provenance> snapshots, String electionNotice) {

  /**
   * A term ending within this many days after an election was on its ballot (winners take office
   * from late November to mid-January); one ending later (a senator's 2029 term) was not.
   */
  static final int UP_FOR_ELECTION_DAYS = 120;

  public Freshness {
    snapshots = List.copyOf(snapshots);
  }

  /** The freshness of an answer that shows these members, judged on {@code today}. */
  public static Freshness of(List<Representation.Member> members, LocalDate today) {
    Map<String, String> byDataset = new TreeMap<>();
    for (Representation.Member m : members) {
      Provenance p = m.person().provenance();
      if (p != null && p.snapshotDate() != null) {
        byDataset.merge(p.dataset(), p.snapshotDate(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    List<Provenance> snapshots = new ArrayList<>();
    byDataset.forEach((k, v) -> snapshots.add(new Provenance(k, v)));
    Optional<LocalDate> oldest =
        byDataset.values().stream().min(String::compareTo).flatMap(Freshness::date);
    String notice = null;
    if (oldest.isPresent()) {
      LocalDate election = lastGeneralElectionBefore(today);
      if (oldest.get().isBefore(election)) {
        notice = notice(oldest.get(), election, members);
      }
    }
    return new Freshness(snapshots, notice);
  }

  /** Where known vacancies come from: the Open States people data's settings. */
  static final String VACANCY_SOURCE = "openstates-people";

  /**
   * The freshness of a district's answer: its members' data and, when it lists vacancies, the
   * snapshot of the data those come from (so an answer that finds only a vacancy still says how old
   * its data is). {@code datasets} is read only in that case.
   */
  public static Freshness of(
      Representation rep, LocalDate today, Supplier<List<Dataset>> datasets) {
    Freshness fresh = of(rep.members(), today);
    if (rep.vacancies().isEmpty()
        || fresh.snapshots().stream().anyMatch(p -> p.dataset().equals(VACANCY_SOURCE))) {
      return fresh;
    }
    List<Provenance> snapshots = new ArrayList<>(fresh.snapshots());
    datasets.get().stream()
        .filter(d -> d.key().equals(VACANCY_SOURCE) && d.snapshotDate() != null)
        .findFirst()
        .ifPresent(d -> snapshots.add(new Provenance(d.key(), d.snapshotDate())));
    snapshots.sort(java.util.Comparator.comparing(Provenance::dataset));
    return new Freshness(snapshots, fresh.electionNotice());
  }

  /** Every member of the people given, each with their primary role. */
  public static Freshness ofPeople(List<Person> people, LocalDate today) {
    List<Representation.Member> members = new ArrayList<>();
    for (Person p : people) {
      if (!p.roles().isEmpty()) {
        members.add(new Representation.Member(p, p.primaryRole()));
      }
    }
    return of(members, today);
  }

  /** The notice, when there is one. */
  public Optional<String> notice() {
    return Optional.ofNullable(electionNotice);
  }

  /** "People data: openstates-people of 2026-08-05, congress-legislators of 2026-06-15." */
  public Optional<String> snapshotLine() {
    if (snapshots.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder("People data: ");
    for (int i = 0; i < snapshots.size(); i++) {
      Provenance p = snapshots.get(i);
      s.append(i == 0 ? "" : ", ").append(p.dataset()).append(" of ").append(p.snapshotDate());
    }
    return Optional.of(s.append('.').toString());
  }

  /**
   * The general election of the latest even year held before {@code today}: the first Tuesday after
   * the first Monday of November.
   */
  public static LocalDate lastGeneralElectionBefore(LocalDate today) {
    int year = today.getYear() % 2 == 0 ? today.getYear() : today.getYear() - 1;
    LocalDate election = generalElection(year);
    return election.isBefore(today) ? election : generalElection(year - 2);
  }

  /** The first Tuesday after the first Monday of November of {@code year}. */
  public static LocalDate generalElection(int year) {
    // plain arithmetic: TemporalAdjusters would cost a cold start its lambda classes
    int firstDay = LocalDate.of(year, 11, 1).getDayOfWeek().getValue(); // Monday is 1
    int firstMonday = 1 + (8 - firstDay) % 7;
    return LocalDate.of(year, 11, firstMonday + 1);
  }

  private static String notice(
      LocalDate snapshot, LocalDate election, List<Representation.Member> members) {
    Map<String, List<String>> byEnd = new TreeMap<>();
    List<String> undated = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Representation.Member m : members) {
      Role r = m.role();
      String who = r.title() + " " + lastName(m.person());
      if (seen.put(who, true) != null || r.termEnded()) {
        continue; // a role past its end date carries its own mark
      }
      if (r.endDate() == null) {
        undated.add(who);
      } else if (r.endDate().compareTo(election.plusDays(UP_FOR_ELECTION_DAYS).toString()) <= 0) {
        byEnd.computeIfAbsent(r.endDate(), k -> new ArrayList<>()).add(who);
      }
    }
    if (byEnd.isEmpty() && undated.isEmpty()) {
      return null; // every seat shown runs well past this election
    }
    StringBuilder s =
        new StringBuilder("The people data (")
            .append(snapshot)
            .append(") predates the general election of ")
            .append(election)
            .append(": winners take office when the current terms end");
    String sep = " — ";
    for (Map.Entry<String, List<String>> e : byEnd.entrySet()) {
      s.append(sep)
          .append("term ends ")
          .append(e.getKey())
          .append(": ")
          .append(names(e.getValue()));
      sep = "; ";
    }
    if (!undated.isEmpty()) {
      s.append(sep).append("no term end in the source: ").append(names(undated));
    }
    return s.append('.').toString();
  }

  private static String names(List<String> who) {
    if (who.size() <= 3) {
      return String.join(", ", who);
    }
    return String.join(", ", who.subList(0, 3)) + " and " + (who.size() - 3) + " more";
  }

  private static String lastName(Person p) {
    if (p.familyName() != null && !p.familyName().isBlank()) {
      return p.familyName();
    }
    String name = p.name();
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static Optional<LocalDate> date(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
