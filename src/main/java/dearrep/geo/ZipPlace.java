package dearrep.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ZIP code: where it is and which districts it may lie in.
 *
 * @param zip five digits
 * @param city USPS-style city name from GeoNames, or "" when GeoNames lacks the ZIP (Puerto Rico)
 * @param county county name, or ""
 * @param state two-letter code; {@code AA}, {@code AE}, {@code AP} for military mail; "" when
 *     upstream gives none (one military ZIP, 96365 "APO STA")
 * @param lat latitude of the ZIP's representative point (not a centroid), NaN when there is none
 * @param lon longitude of the point, NaN when there is none
 * @param hasZcta true when the ZIP is a Census ZCTA listed by a crosswalk; false for PO-box and
 *     single-organization ZIPs, whose districts must be found by placing the point
 * @param candidates per district kind ({@code cd}), every division id a crosswalk lists for this
 *     ZIP, in order; kinds that no crosswalk lists for it are absent
 */
public record ZipPlace(
    String zip,
    String city,
    String county,
    String state,
    double lat,
    double lon,
    boolean hasZcta,
    Map<String, List<String>> candidates) {

  public ZipPlace {
    candidates = Map.copyOf(candidates);
  }

  /** True when GeoNames gives a point for the ZIP. */
  public boolean hasPoint() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  /** The ZIP's representative point, when there is one. */
  public Optional<Coordinates> point() {
    return hasPoint() ? Optional.of(new Coordinates(lat, lon)) : Optional.empty();
  }

  /** The candidate division ids for one kind, empty when no crosswalk lists the ZIP for it. */
  public List<String> candidates(String kind) {
    return candidates.getOrDefault(kind, List.of());
  }

  /** True when a crosswalk lists more than one district of {@code kind}: the address decides. */
  public boolean isSplit(String kind) {
    return candidates(kind).size() > 1;
  }
}
