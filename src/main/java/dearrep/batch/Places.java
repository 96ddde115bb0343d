package dearrep.batch;

import java.util.List;
import java.util.Optional;

/**
 * Where a ZIP code or a point lies: the seam to the geographic lookup, so rows with a {@code zip}
 * or {@code lat}+{@code lon} find their districts. Implementations are called from several
 * threads at once.
 */
public interface Places {

  /**
   * The districts a ZIP code may lie in, per level of government.
   *
   * @return empty when the ZIP is unknown
   */
  Optional<List<Candidates>> zip(String zip);

  /** The division ids containing a point, every level the data can place. */
  List<String> point(double lat, double lon);

  /**
   * The candidate districts of one kind ({@code cd}, {@code sldl}…) for a ZIP.
   *
   * @param kind district kind
   * @param divisionIds candidate OCD division ids
   * @param shares each candidate's share of the ZIP (0..1), or empty when the data gives none
   */
  record Candidates(String kind, List<String> divisionIds, List<Double> shares) {}
}
