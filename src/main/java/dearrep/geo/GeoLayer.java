package dearrep.geo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One data layer that places ZIP codes or points in districts of one kind.
 *
 * @param id short unique id ({@code cd119-zip}, {@code cd119})
 * @param kind the district kind it places, the last segment type of the OCD ids it yields: {@code
 *     cd} (U.S. House), later {@code sldl}, {@code sldu}, {@code council_district}
 * @param form {@link #ZIP_CROSSWALK} or {@link #BOUNDARIES}
 * @param title what it is, for {@code data info}
 * @param dataset key of the {@link dearrep.model.Dataset} it was built from
 * @param vintage which lines, in words ("119th Congress")
 * @param validFrom ISO date the lines took effect, or "" when unknown
 * @param validThrough ISO date of the last day the lines are current, or "" when open-ended
 * @param notice a caveat to show beside results, or ""
 * @param path folder of the layer's files, relative to the data root
 * @param divisions file mapping the layer's short codes to OCD division ids
 * @param nearLineMetres for boundary layers, how close to a line a point must be for the districts
 *     on both sides to be candidates (the lines are generalised); 0 for none
 * @param landOrder for ZIP crosswalks, true when each ZIP's districts are listed largest share of
 *     its land first (so the first is the "largest by land area"; land is not population)
 */
public record GeoLayer(
    String id,
    String kind,
    String form,
    String title,
    String dataset,
    String vintage,
    String validFrom,
    String validThrough,
    String notice,
    String path,
    String divisions,
    int nearLineMetres,
    boolean landOrder) {

  /** Form of a layer that lists each ZIP code's candidate districts. */
  public static final String ZIP_CROSSWALK = "zip-crosswalk";

  /** Form of a layer of district boundaries, for point lookups. */
  public static final String BOUNDARIES = "boundaries";

  /** Days before a layer's end at which lookups and {@code data info} start to warn. */
  public static final int WARN_DAYS = 60;

  /**
   * The day layer validity is judged on, in UTC: validity is to the day, and the local date would
   * cost reading the time-zone database (about 8 ms of a cold lookup).
   */
  public static LocalDate today() {
    return dearrep.model.Today.date();
  }

  /** A layer without a near-line margin. */
  public GeoLayer(
      String id,
      String kind,
      String form,
      String title,
      String dataset,
      String vintage,
      String validFrom,
      String validThrough,
      String notice,
      String path,
      String divisions) {
    this(
        id,
        kind,
        form,
        title,
        dataset,
        vintage,
        validFrom,
        validThrough,
        notice,
        path,
        divisions,
        0,
        false);
  }

  public GeoLayer {
    if (nearLineMetres < 0) {
      throw new GeoException(
          GeoException.Reason.DATA, "geo layer " + id + " has a negative nearLineMetres");
    }
    for (String required : new String[] {id, kind, form, path, divisions}) {
      if (required == null || required.isEmpty()) {
        throw new GeoException(
            GeoException.Reason.DATA,
            "geo layer " + id + " lacks id, kind, form, path or divisions");
      }
    }
    validFrom = orEmpty(validFrom);
    validThrough = orEmpty(validThrough);
    notice = orEmpty(notice);
    title = orEmpty(title);
    vintage = orEmpty(vintage);
    dataset = orEmpty(dataset);
  }

  /** The last day the layer's lines are current, when it has one. */
  public Optional<LocalDate> validThroughDate() {
    return date(validThrough);
  }

  /** The day the layer's lines took effect, when known. */
  public Optional<LocalDate> validFromDate() {
    return date(validFrom);
  }

  /** True when {@code day} is after the layer's last valid day. */
  public boolean expiredOn(LocalDate day) {
    return validThroughDate().map(day::isAfter).orElse(false);
  }

  /**
   * True when the layer is still valid on {@code day} but its last valid day is within {@code
   * days}.
   */
  public boolean expiresWithin(LocalDate day, int days) {
    return !expiredOn(day)
        && validThroughDate().map(end -> !day.plusDays(days).isBefore(end)).orElse(false);
  }

  /**
   * A one-line notice for {@code day}: expired, or expiring within {@code warnDays}; empty when the
   * layer is current.
   */
  public Optional<String> expiryNotice(LocalDate day, int warnDays) {
    if (expiredOn(day)) {
      return Optional.of(
          "Note: "
              + describe()
              + " expired after "
              + validThrough
              + "; districts may have changed.");
    }
    if (expiresWithin(day, warnDays)) {
      return Optional.of("Note: " + describe() + " is valid through " + validThrough + ".");
    }
    return Optional.empty();
  }

  private String describe() {
    String what = title.isEmpty() ? id : title;
    return vintage.isEmpty() ? what : what + " (" + vintage + ")";
  }

  private static Optional<LocalDate> date(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw GeoException.data("geo layer date \"" + text + "\" is not an ISO date", e);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
