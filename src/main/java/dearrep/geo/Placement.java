package dearrep.geo;

import java.util.List;

/**
 * Where a point falls in one boundary layer: the district that contains it and, when the point is
 * closer to a line than the layer's margin ({@link GeoLayer#nearLineMetres()}), the districts on
 * the other side too. The bundled lines are generalised, so near a line the street address decides.
 *
 * @param kind the district kind the layer places ({@code cd}, {@code sldu}, {@code sldl}, {@code
 *     council_district})
 * @param layer the layer
 * @param candidates the containing district first, then the others within the margin, nearest
 *     first; empty when the point is in no district and near none
 */
public record Placement(String kind, GeoLayer layer, List<Placement.Candidate> candidates) {

  public Placement {
    candidates = List.copyOf(candidates);
  }

  /**
   * One district the point may be in.
   *
   * @param code the layer's code (a Census GEOID such as {@code 06025})
   * @param name the source's name of the district ("Assembly District 25"), or ""
   * @param divisionIds its OCD division ids: one, or every seat of a district that holds several
   *     (Idaho's House seats A and B)
   * @param containsPoint true when the point lies inside the district's (generalised) lines
   * @param metresToLine distance from the point to the district's nearest line, in metres
   *     (approximate, for points near it; {@code Double.POSITIVE_INFINITY} when beyond the margin)
   */
  public record Candidate(
      String code,
      String name,
      List<String> divisionIds,
      boolean containsPoint,
      double metresToLine) {

    public Candidate {
      divisionIds = List.copyOf(divisionIds);
    }
  }

  /** True when exactly one district holds the point and no line is within the margin. */
  public boolean determined() {
    return candidates.size() == 1 && candidates.get(0).containsPoint();
  }

  /**
   * True when the point is within the margin of a line (several candidates, or one it is outside).
   */
  public boolean nearLine() {
    return !candidates.isEmpty() && !determined();
  }

  /** True when the point is in no district of the layer and near none. */
  public boolean outside() {
    return candidates.isEmpty();
  }

  /** Every candidate's division ids, in candidate order. */
  public List<String> divisionIds() {
    return candidates.stream().flatMap(c -> c.divisionIds().stream()).distinct().toList();
  }
}
