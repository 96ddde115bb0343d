package dearrep.lookup;

import com.fasterxml.jackson.annotation.JsonProperty;
import dearrep.model.Level;
import java.util.List;

/**
 * Everyone the data can place as representing one place (a ZIP code or a point), level by level,
 * and what it cannot place.
 *
 * @param place where the answer is for
 * @param seats one entry per kind of seat, in order federal, state, local
 * @param notices one-line notices (expired or expiring data layers, how the place was located)
 */
public record Coverage(Place place, List<Seat> seats, List<String> notices) {

  public Coverage {
    seats = List.copyOf(seats);
    notices = List.copyOf(notices);
  }

  /**
   * The place asked about.
   *
   * @param zip five-digit ZIP, or null for a point query
   * @param city postal city, or null
   * @param county county name, or null
   * @param state two-letter state code
   * @param lat latitude used for point lookups, or null
   * @param lon longitude, or null
   * @param locatedBy how districts were found: {@code zip-crosswalk}, {@code zip-point} (a ZIP with
   *     no ZCTA, placed by its GeoNames point), or {@code coordinates}
   * @param alsoIn the other states a ZIP crosswalk places part of the ZIP code in (the answer is
   *     for {@code state}, its side of the line); empty for almost every place
   */
  public record Place(
      String zip,
      String city,
      String county,
      String state,
      Double lat,
      Double lon,
      String locatedBy,
      List<String> alsoIn) {

    public Place {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /** Whether the data decides a seat for this place. */
  public enum Status {
    /** One district: its members are the answer. */
    DETERMINED,
    /** Several candidate districts: the street address decides. */
    AMBIGUOUS,
    /** The data cannot place this kind of district from a ZIP or a point. */
    NOT_DETERMINED
  }

  /**
   * One kind of seat for the place: U.S. Senate, U.S. House, governor and statewide offices, a
   * state chamber, mayor, city council.
   *
   * @param level federal, state or local
   * @param kind {@code us-senate}, {@code cd}, {@code statewide}, {@code sldl}, {@code sldu},
   *     {@code legislature}, {@code mayor}, {@code council_district}
   * @param label "U.S. House", "California State Assembly"
   * @param status see {@link Status}
   * @param candidates the candidate districts with their members (one when determined)
   * @param note for ambiguous and undetermined seats, what the user can do
   * @param largestLandFirst true when the candidates are ordered by their share of the ZIP's land
   *     area, largest first (the state legislative crosswalk); land is not population
   */
  public record Seat(
      Level level,
      String kind,
      String label,
      Status status,
      List<Representation> candidates,
      String note,
      boolean largestLandFirst) {

    public Seat {
      candidates = List.copyOf(candidates);
    }

    /** A seat whose candidates carry no order. */
    public Seat(
        Level level,
        String kind,
        String label,
        Status status,
        List<Representation> candidates,
        String note) {
      this(level, kind, label, status, candidates, note, false);
    }

    /** True when several candidate districts remain. */
    @JsonProperty("ambiguous")
    public boolean ambiguous() {
      return status == Status.AMBIGUOUS;
    }
  }
}
