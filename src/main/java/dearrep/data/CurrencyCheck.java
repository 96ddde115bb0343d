package dearrep.data;

import dearrep.model.Names;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import dearrep.model.Vacancy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what the data says about who holds office today: roles shown after their end date,
 * same-person duplicates, vacancies whose date has passed, seats the sources disagree about, and
 * offices with neither a phone nor an address. Warnings, or errors with {@code strict}.
 */
public final class CurrencyCheck {

  /** The kinds of finding, as counted. */
  public static final List<String> KINDS =
      List.of(
          "ended-role-shown",
          "duplicate-person",
          "past-vacancy-date",
          "sources-disagree",
          "office-without-phone-or-address");

  /**
   * The findings and their counts by kind.
   *
   * @param problems one per finding
   * @param counts by kind, every kind present
   */
  public record Result(List<BundleCheck.Problem> problems, Map<String, Integer> counts) {}

  private CurrencyCheck() {}

  /**
   * @param stored each state as stored, before today's rule
   * @param rule today's rule for who holds an office
   */
  public static Result check(List<StateBundle> stored, CurrentRoles rule, boolean strict) {
    BundleCheck.Severity sev = strict ? BundleCheck.Severity.ERROR : BundleCheck.Severity.WARNING;
    List<BundleCheck.Problem> out = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    KINDS.forEach(k -> counts.put(k, 0));
    String today = rule.today().toString();
    for (StateBundle raw : stored) {
      String st = raw.state();
      int before = raw.people().size();
      StateBundle now = rule.apply(raw);
      int merged = before - CurrentRoles.mergeDuplicates(raw.people()).size();
      if (merged > 0) {
        add(out, counts, sev, st, st, "duplicate-person", merged + " same-person records merged");
      }
      for (Person p : now.people()) {
        for (Role r : p.roles()) {
          r.endedNote()
              .ifPresent(
                  n -> add(out, counts, sev, st, p.id(), "ended-role-shown", p.name() + ": " + n));
        }
        for (Office o : p.offices()) {
          if (o.voice() == null && (o.address() == null || o.address().isBlank())) {
            add(
                out,
                counts,
                sev,
                st,
                p.id(),
                "office-without-phone-or-address",
                p.name()
                    + ": "
                    + (o.classification() == null ? "an" : "the " + o.classification())
                    + " office has neither phone nor address");
          }
        }
      }
      for (Vacancy v : raw.vacancies()) {
        if (v.vacantUntil() != null && v.vacantUntil().compareTo(today) < 0) {
          add(
              out,
              counts,
              sev,
              st,
              v.divisionId(),
              "past-vacancy-date",
              "vacancy listed until " + v.vacantUntil() + "; a successor may have taken office");
        }
        long members =
            now.people().stream()
                .filter(
                    p -> p.roles().stream().anyMatch(r -> v.divisionId().equals(r.divisionId())))
                .count();
        int seats =
            raw.divisions().stream()
                .filter(d -> d.id().equals(v.divisionId()))
                .mapToInt(d -> Math.max(1, d.seats()))
                .findFirst()
                .orElse(1);
        if (members + 1 > seats) {
          add(
              out,
              counts,
              sev,
              st,
              v.divisionId(),
              "sources-disagree",
              "listed as vacant, yet "
                  + members
                  + " current member(s) hold its "
                  + seats
                  + " seat(s)");
        }
      }
      sameNameAcrossSources(now, st, sev, out, counts);
    }
    return new Result(List.copyOf(out), Map.copyOf(counts));
  }

  /** One name holding current roles in two datasets (James Gallagher: Assembly and House). */
  private static void sameNameAcrossSources(
      StateBundle now,
      String st,
      BundleCheck.Severity sev,
      List<BundleCheck.Problem> out,
      Map<String, Integer> counts) {
    Map<String, Person> byName = new HashMap<>();
    for (Person p : now.people()) {
      if (p.provenance() == null || p.roles().isEmpty() || !st.equals(p.primaryRole().state())) {
        continue;
      }
      Person other = byName.putIfAbsent(Names.fold(p.name()), p);
      if (other != null
          && other.provenance() != null
          && !other.provenance().dataset().equals(p.provenance().dataset())) {
        add(
            out,
            counts,
            sev,
            st,
            p.id(),
            "sources-disagree",
            p.name()
                + " holds "
                + p.primaryRole().title()
                + " in "
                + p.provenance().dataset()
                + " and "
                + other.primaryRole().title()
                + " in "
                + other.provenance().dataset());
      }
    }
  }

  private static void add(
      List<BundleCheck.Problem> out,
      Map<String, Integer> counts,
      BundleCheck.Severity sev,
      String state,
      String id,
      String kind,
      String message) {
    counts.merge(kind, 1, Integer::sum);
    out.add(new BundleCheck.Problem(sev, state, id, kind + ": " + message));
  }
}
