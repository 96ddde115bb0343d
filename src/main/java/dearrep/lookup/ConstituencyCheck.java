package dearrep.lookup;

import dearrep.geo.Coordinates;
import dearrep.model.DearrepException;
import dearrep.model.Role;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a writer lives in an official's district, decided with the same placement data that
 * {@code dearrep lookup --zip} and {@code --lat/--lon} use: the writer's place gives a {@link
 * Coverage}, and the recipient's division is looked for among its seats. A new placement layer (a
 * state legislative crosswalk, a council boundary file) makes more answers {@link Verdict#VERIFIED}
 * with no change here.
 */
public final class ConstituencyCheck {

  private static final int CACHE_LIMIT = 50_000;

  private final PlaceLookup places;
  private final Map<String, Object> coverages = new ConcurrentHashMap<>();

  public ConstituencyCheck(PlaceLookup places) {
    this.places = places;
  }

  /** How sure the data is that the writer lives in the district. */
  public enum Verdict {
    /** The writer's place is in the recipient's division. */
    VERIFIED,
    /** A candidate: the ZIP code spans several districts, or the data cannot place this seat. */
    POSSIBLE,
    /** Not in the division, or the writer's place is unknown. */
    OUTSIDE;

    /** The word used in manifests and JSON: verified, possible, outside. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where the writer lives, as precisely as known. */
  public sealed interface WriterPlace {

    /** A five-digit ZIP code (ZIP+4 uses its first five digits). */
    record Zip(String zip) implements WriterPlace {
      public Zip {
        Objects.requireNonNull(zip, "zip");
      }
    }

    /** A point, from the writer's geocoded address or given coordinates. */
    record Point(Coordinates point) implements WriterPlace {
      public Point {
        Objects.requireNonNull(point, "point");
      }
    }

    /** Nothing known. */
    record Unknown() implements WriterPlace {}

    /** A ZIP place, or {@link Unknown} when the text is blank. */
    public static WriterPlace ofZip(String zip) {
      return zip == null || zip.isBlank() ? new Unknown() : new Zip(zip.strip());
    }
  }

  /**
   * The answer.
   *
   * @param verdict verified, possible or outside
   * @param state the writer's two-letter state as the data places them, or empty when unknown
   * @param reason for possible and outside, why, in one line a user can act on; else empty
   */
  public record Result(Verdict verdict, String state, String reason) {
    public Result {
      Objects.requireNonNull(verdict, "verdict");
      state = state == null ? "" : state;
      reason = reason == null ? "" : reason;
    }
  }

  /** Checks a ZIP code (blank: unknown) against a role's division. */
  public Result checkZip(String zip, Role role) {
    return check(WriterPlace.ofZip(zip), role);
  }

  /** Checks a writer's place against the division of an official's role. */
  public Result check(WriterPlace place, Role role) {
    Coverage coverage;
    try {
      coverage = coverage(place);
    } catch (DearrepException e) {
      return new Result(Verdict.OUTSIDE, "", e.getMessage());
    }
    if (coverage == null) {
      return new Result(
          Verdict.OUTSIDE, "", "no ZIP code or address for the writer, so the district is unknown");
    }
    String state = coverage.place().state();
    String shown = shown(place);
    if (role.state() == null || !role.state().equalsIgnoreCase(state)) {
      return new Result(
          Verdict.OUTSIDE, state, shown + " is in " + state + ", not in the district");
    }
    String division = role.divisionId() == null ? "" : role.divisionId();
    String kind = kind(division);
    for (Coverage.Seat seat : coverage.seats()) {
      boolean listed = seat.candidates().stream().anyMatch(r -> r.division().id().equals(division));
      if (listed) {
        if (seat.status() == Coverage.Status.DETERMINED) {
          // a ZIP's postal city is not its city limits: the mayor is only a candidate
          return seat.kind().equals("mayor") && !(place instanceof WriterPlace.Point)
              ? new Result(
                  Verdict.POSSIBLE, state, shown + " uses the city's name; the address decides")
              : new Result(Verdict.VERIFIED, state, "");
        }
        return new Result(
            Verdict.POSSIBLE,
            state,
            shown + " spans several districts; the street address decides");
      }
      if (seat.status() == Coverage.Status.NOT_DETERMINED && sameKind(seat.kind(), kind)) {
        return new Result(
            Verdict.POSSIBLE,
            state,
            "the data cannot place " + shown + " in this kind of district");
      }
    }
    return new Result(Verdict.OUTSIDE, state, shown + " is not in the district");
  }

  private Coverage coverage(WriterPlace place) {
    String key;
    if (place instanceof WriterPlace.Zip z) {
      key = "zip:" + z.zip();
    } else if (place instanceof WriterPlace.Point p) {
      key = "point:" + p.point().lat() + "," + p.point().lon();
    } else {
      key = "";
    }
    if (key.isEmpty()) {
      return null;
    }
    Object hit = coverages.get(key);
    if (hit == null) {
      // the lookup loads state bundles lazily and is not thread-safe
      synchronized (places.lookup()) {
        try {
          hit =
              place instanceof WriterPlace.Point p
                  ? places.byPoint(p.point())
                  : places.byZip(((WriterPlace.Zip) place).zip());
        } catch (DearrepException e) {
          hit = e;
        }
      }
      if (coverages.size() < CACHE_LIMIT) {
        coverages.put(key, hit);
      }
    }
    if (hit instanceof DearrepException e) {
      throw e;
    }
    return (Coverage) hit;
  }

  private static String shown(WriterPlace place) {
    if (place instanceof WriterPlace.Zip z) {
      return "ZIP code " + DearrepException.shown(z.zip());
    }
    if (place instanceof WriterPlace.Point p) {
      return "the point " + p.point().lat() + ", " + p.point().lon();
    }
    return "the writer's place";
  }

  /** The last part of a division id: cd, sldl, sldu, place, council_district, state. */
  private static String kind(String division) {
    int slash = division.lastIndexOf('/');
    String last = division.substring(slash + 1);
    int colon = last.indexOf(':');
    return colon < 0 ? last : last.substring(0, colon);
  }

  private static boolean sameKind(String seatKind, String divisionKind) {
    return seatKind.equals(divisionKind)
        || seatKind.equals("legislature") && divisionKind.startsWith("sld")
        || seatKind.equals("mayor") && divisionKind.equals("place");
  }
}
