package dearrep.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Works out since when an office has been held without a break.
 *
 * <p>Rule: the roles of one <em>kind</em> (the same type in the same jurisdiction, e.g. a seat in
 * the California Assembly, whatever the district; a seat in the U.S. House, whatever the state or
 * district) are chained backwards from the current one while each earlier role ended no more than
 * {@value #MAX_GAP_DAYS} days before the later one began. {@code since} is the start of the
 * earliest role in the chain, or null when that role has no start date: an unknown start is
 * reported as unknown, not as the later, wrong date. (Ash Kalra's Assembly seat moved from district
 * 27 to 25 on 2022-12-05; upstream gives no start for district 27, so his {@code since} is null
 * rather than 2022-12-05.)
 */
final class RoleHistory {

  static final int MAX_GAP_DAYS = 31;

  /** One past or present role: its kind key and ISO dates (either may be null or partial). */
  record Term(String kind, String start, String end) {}

  private RoleHistory() {}

  static String since(Term current, List<Term> all) {
    List<Term> sameKind = all.stream().filter(t -> t.kind().equals(current.kind())).toList();
    Set<Term> used = Collections.newSetFromMap(new IdentityHashMap<>());
    used.add(current);
    Term earliest = current;
    boolean extended = true;
    while (extended && earliest.start() != null) {
      extended = false;
      for (Term t : sameKind) {
        if (!used.contains(t) && t.end() != null && adjoins(t.end(), earliest.start())) {
          used.add(t); // each term joins the chain once, so equal dates cannot loop
          earliest = t;
          extended = true;
          break;
        }
      }
    }
    return earliest.start();
  }

  /**
   * The earliest start date among the terms, or null when none has one or when any term has no
   * start date: an undated term may be earlier than every dated one (Ash Kalra's District 27 seat),
   * so the card then says "since at least" rather than "first took office".
   */
  static String firstStart(List<Term> all) {
    if (all.stream().anyMatch(t -> t.start() == null)) {
      return null;
    }
    return all.stream()
        .map(Term::start)
        .filter(s -> s != null)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * True when the role ending on {@code end} is still held on {@code date} (both ISO, partial ok).
   */
  static boolean currentOn(String end, String date) {
    return end == null || end.compareTo(date) >= 0;
  }

  private static boolean adjoins(String end, String start) {
    LocalDate e = parse(end);
    LocalDate s = parse(start);
    if (e == null || s == null) {
      return false;
    }
    return !e.isAfter(s.plusDays(1)) && !e.plusDays(MAX_GAP_DAYS).isBefore(s);
  }

  private static LocalDate parse(String date) {
    try {
      String d = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
      return LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
