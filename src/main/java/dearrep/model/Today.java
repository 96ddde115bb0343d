package dearrep.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The day "current" is judged on, everywhere: which roles are held, which vacancies have passed,
 * whether an election has happened since the data was taken, whether a data layer has expired.
 *
 * <p>It is the UTC date (validity is to the day, and the local date would cost reading the
 * time-zone database on every cold start), unless the system property {@code dearrep.today} or the
 * environment variable {@code DEARREP_TODAY} names another day (ISO, {@code 2026-11-30}): tests and
 * anyone checking what the tool said on a given day inject the clock that way.
 */
public final class Today {

  private Today() {}

  /** Today, or the injected day. */
  public static LocalDate date() {
    String given = System.getProperty("dearrep.today");
    if (given == null || given.isBlank()) {
      given = System.getenv("DEARREP_TODAY");
    }
    if (given != null && !given.isBlank()) {
      try {
        return LocalDate.parse(given.strip());
      } catch (DateTimeParseException e) {
        throw DearrepException.badInput(
            "dearrep.today / DEARREP_TODAY is '"
                + given
                + "': give an ISO date such as 2026-11-30");
      }
    }
    return LocalDate.now(ZoneOffset.UTC);
  }
}
