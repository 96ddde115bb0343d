package dearrep.data;

import dearrep.model.Names;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for who holds an office today, applied to a state's records as they are read, so
 * that lookup, show, letters, scripts, batch and the shell all see the same people.
 *
 * <ul>
 *   <li>A role is current when it has no end date or ends after today.
 *   <li>A role past its end date is shown only for a single seat (governor, lieutenant governor,
 *       each statewide office, a city's mayor) that nobody else holds currently in the data; it is
 *       then marked {@link Role#TERM_ENDED}. Upstream end dates of executives and mayors are often
 *       the expected term end left stale after a re-election (Gavin Newsom: 2026-01-01), while Open
 *       States moves people who left office out of the current files.
 *   <li>A single seat shows one holder: the newest start wins (then the later end), current holders
 *       before ended ones. Legislative seats (several members, multi-member districts) are not
 *       single seats: their ended roles are dropped.
 *   <li>Two records of one person holding the same seat (by id, or by family name and a given name
 *       one of which begins the other: "Kim" and "Kimberly" Driscoll) become one: the record with
 *       more offices with an address is kept, with the other's web links added.
 * </ul>
 */
public final class CurrentRoles {

  private static final Set<String> STATEWIDE =
      Set.of(
          "governor",
          "lt_governor",
          "attorney general",
          "secretary of state",
          "treasurer",
          "auditor",
          "chief election officer");

  /**
   * Newest start last (then the later end); a plain method, not comparator lambdas (cold start).
   */
  private static int newest(Role a, Role b) {
    String sa = a.startDate() == null ? "" : a.startDate();
    String sb = b.startDate() == null ? "" : b.startDate();
    int c = sa.compareTo(sb);
    if (c != 0) {
      return c;
    }
    String ea = a.endDate() == null ? "9999" : a.endDate();
    String eb = b.endDate() == null ? "9999" : b.endDate();
    return ea.compareTo(eb);
  }

  private final LocalDate today;
  private final String todayText;

  public CurrentRoles(LocalDate today) {
    this.today = today;
    this.todayText = today.toString();
  }

  /** The day the rule is judged on. */
  public LocalDate today() {
    return today;
  }

  /** True when a role with this end date (ISO, possibly partial) is held today. */
  public boolean isCurrent(String endDate) {
    return endDate == null || endDate.compareTo(todayText) > 0;
  }

  /**
   * The single seat a role fills ({@code governor|CA}, a mayor's place), or null for seats shared
   * by several members.
   */
  public static String seatOf(Role r) {
    if (r.type() == null) {
      return null;
    }
    if (STATEWIDE.contains(r.type())) {
      return r.type() + "|" + r.state();
    }
    if (r.type().equals("mayor")) {
      return "mayor|" + r.divisionId();
    }
    return null;
  }

  /** The state's people as they stand today: roles judged, former holders and duplicates gone. */
  public StateBundle apply(StateBundle state) {
    List<Person> people = mergeDuplicates(state.people());
    // Per single seat, the role that is shown.
    Map<String, Role> shownInSeat = new HashMap<>();
    for (Person p : people) {
      for (Role r : p.roles()) {
        String seat = seatOf(r);
        if (seat != null) {
          shownInSeat.merge(seat, r, this::better);
        }
      }
    }
    Set<Role> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    shown.addAll(shownInSeat.values());
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      List<Role> roles = new ArrayList<>();
      for (Role r : p.roles()) {
        boolean current = isCurrent(r.endDate());
        if (seatOf(r) == null ? current : shown.contains(r)) {
          roles.add(r.withStatus(current ? Role.CURRENT : Role.TERM_ENDED));
        }
      }
      if (!roles.isEmpty()) {
        out.add(p.withRoles(roles));
      }
    }
    return new StateBundle(state.state(), state.divisions(), out, state.vacancies());
  }

  /**
   * For each person of the state, the first day from which today's rule no longer shows them, or ""
   * when it shows them on every day after the snapshot. The rule changes its answer only on the day
   * after some role's end date, so it is judged on each of those days. Written to the people index,
   * so that name completion knows who is current without reading every state's file.
   */
  static Map<String, String> hiddenFrom(StateBundle state) {
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
    for (Person p : state.people()) {
      for (Role r : p.roles()) {
        if (r.endDate() != null && r.endDate().length() == 10) {
          try {
            days.add(LocalDate.parse(r.endDate()).plusDays(1));
          } catch (java.time.format.DateTimeParseException e) {
            // a malformed end date never changes the answer
          }
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    state.people().forEach(p -> out.put(p.id(), ""));
    // Walk the days from the last back: a person is hidden from a day if hidden on it and on every
    // later one.
    Set<String> stillHidden = new java.util.HashSet<>(out.keySet());
    for (LocalDate day : days.descendingSet()) {
      Set<String> shown = new java.util.HashSet<>();
      new CurrentRoles(day).apply(state).people().forEach(p -> shown.add(p.id()));
      if (day.equals(days.last())) {
        stillHidden.removeAll(shown);
        stillHidden.forEach(id -> out.put(id, day.toString()));
        continue;
      }
      for (String id : List.copyOf(stillHidden)) {
        if (shown.contains(id)) {
          stillHidden.remove(id);
        } else {
          out.put(id, day.toString());
        }
      }
    }
    return out;
  }

  /** Of two roles in one single seat, the one to show: a current one, then the newest. */
  private Role better(Role a, Role b) {
    boolean ca = isCurrent(a.endDate());
    boolean cb = isCurrent(b.endDate());
    if (ca != cb) {
      return ca ? a : b;
    }
    return newest(b, a) > 0 ? b : a;
  }

  /** Same-person records merged: first by id, then by name and seat. */
  static List<Person> mergeDuplicates(List<Person> people) {
    Map<String, Person> byId = new LinkedHashMap<>();
    for (Person p : people) {
      byId.merge(p.id(), p, CurrentRoles::merge);
    }
    List<Person> out = new ArrayList<>();
    Map<String, List<Integer>> bySeat = new HashMap<>();
    for (Person p : byId.values()) {
      if (p.roles().isEmpty()) {
        out.add(p);
        continue;
      }
      Role r = p.primaryRole();
      List<Integer> holders =
          bySeat.computeIfAbsent(
              r.type() + "|" + r.divisionId() + "|" + r.district(), k -> new ArrayList<>());
      int same = -1;
      for (int i : holders) {
        if (samePerson(out.get(i), p)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        holders.add(out.size());
        out.add(p);
      } else {
        out.set(same, merge(out.get(same), p));
      }
    }
    return out;
  }

  private static boolean samePerson(Person a, Person b) {
    String fa = Names.fold(a.familyName() != null ? a.familyName() : lastWord(a.name()));
    String fb = Names.fold(b.familyName() != null ? b.familyName() : lastWord(b.name()));
    if (!fa.equals(fb)) {
      return false;
    }
    String ga = Names.fold(a.givenName() != null ? a.givenName() : firstWord(a.name()));
    String gb = Names.fold(b.givenName() != null ? b.givenName() : firstWord(b.name()));
    return !ga.isEmpty() && !gb.isEmpty() && (ga.startsWith(gb) || gb.startsWith(ga));
  }

  /** The record with more addressed offices (then the later term end) wins; links are pooled. */
  private static Person merge(Person a, Person b) {
    Person keep = addressed(b) > addressed(a) ? b : a;
    Person other = keep == a ? b : a;
    Set<String> links = new LinkedHashSet<>(keep.links());
    links.addAll(other.links());
    Set<String> sources = new LinkedHashSet<>(keep.sources());
    sources.addAll(other.sources());
    return new Person(
        keep.id(),
        keep.name(),
        keep.givenName(),
        keep.familyName(),
        keep.party(),
        keep.email(),
        keep.contactForm() != null ? keep.contactForm() : other.contactForm(),
        keep.roles(),
        keep.offices(),
        List.copyOf(links),
        keep.social(),
        keep.committees().isEmpty() ? other.committees() : keep.committees(),
        keep.firstServed(),
        keep.ids(),
        List.copyOf(sources),
        keep.provenance(),
        keep.pastRoles());
  }

  private static long addressed(Person p) {
    return p.offices().stream().filter(o -> o.address() != null && !o.address().isBlank()).count();
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
