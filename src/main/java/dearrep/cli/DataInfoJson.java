package dearrep.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dearrep.geo.GeoLayer;
import dearrep.geocode.CensusVintage;
import dearrep.model.Dataset;
import dearrep.model.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of {@code data info --json} (documented in the README). */
@JsonPropertyOrder(alphabetic = true)
record DataInfoJson(
    Map<String, Object> peopleData,
    List<Dataset> sources,
    List<String> notices,
    List<GeoLayer> layers,
    List<GeoLayer> userLayers,
    Map<String, Integer> totals,
    Map<String, Map<String, Integer>> states,
    Geocoder geocoder) {

  /** The online address lookup: where it goes, which lines it asks for, whether it may. */
  @JsonPropertyOrder(alphabetic = true)
  record Geocoder(
      String service, String vintage, String lines, String switchesAfter, boolean offline) {}

  static DataInfoJson of(DataInfo info) {
    Map<String, Map<String, Integer>> states = new LinkedHashMap<>();
    info.byState().forEach((code, counts) -> states.put(code, byLevel(counts)));
    var g = info.geocoder();
    return new DataInfoJson(
        info.peopleData(),
        info.sources(),
        PeopleDataInUse.electionNotices(info.sources(), info.today()),
        info.layers(),
        info.userLayers(),
        byLevel(info.totals()),
        states,
        new Geocoder(
            g.baseUrl().toString(),
            g.vintage().name(),
            g.vintage().lines(),
            CensusVintage.LAST_DAY_OF_119TH.toString(),
            g.offline()));
  }

  private static Map<String, Integer> byLevel(Map<Level, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      out.put(l.key(), DataInfo.count(counts, l));
    }
    return out;
  }
}
