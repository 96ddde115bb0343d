package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The ZIP (ZCTA) → state legislative district crosswalk ({@code zip-sld/zips.json.gz}: per ZIP the
 * upper ({@code u}) and lower ({@code l}) TIGER GEOIDs, largest share of the ZIP's land first,
 * slivers under 2% dropped) to one crosswalk layer per chamber: {@code <layer>/NN.tsv} (zip, then
 * the GEOIDs in the source's land-share order) and {@code divisions.tsv}. GEOIDs are joined to
 * division ids by {@link SldJoin} through the crosswalk's own district names; D.C.'s {@code 11xxx}
 * "Ward N" are the D.C. Council's wards.
 */
final class SldCrosswalkImport {

  private final SldJoin join;
  private final CongressIds states;

  SldCrosswalkImport(SldJoin join, CongressIds states) {
    this.join = join;
    this.states = states;
  }

  /**
   * Writes the layer of one chamber ({@code u} upper, {@code l} lower).
   *
   * @return the number of ZIP codes listed
   */
  int write(Path json, String listKey, Path dir) throws IOException {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(json))) {
      root = new ObjectMapper().readTree(in);
    }
    String tigerChamber = listKey.equals("u") ? "upper" : "lower";
    JsonNode names = root.path(tigerChamber);
    Map<String, String> codes = new TreeMap<>();
    Map<String, String> shown = new TreeMap<>();
    TreeMap<String, String> lines = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("zips").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> zip = it.next();
      List<String> kept = new ArrayList<>();
      for (JsonNode g : zip.getValue().path(listKey)) {
        String geoid = g.asText();
        String code = geoid.substring(2);
        if (join.notADistrict(code).isPresent()) {
          continue;
        }
        if (!codes.containsKey(geoid)) {
          String st = states.state(geoid.substring(0, 2)).toUpperCase(java.util.Locale.ROOT);
          String name = names.path(geoid).asText(code);
          codes.put(
              geoid, String.join(" ", join.ids(st, join.chamber(st, tigerChamber), code, name)));
          shown.put(geoid, name);
        }
        kept.add(geoid);
      }
      if (!kept.isEmpty()) {
        lines.put(zip.getKey(), zip.getKey() + "\t" + String.join(" ", kept));
      }
    }
    GeoImport.writeChunks(dir, lines);
    DivisionCodes.write(dir, codes, geoid -> GeoImport.clean(shown.get(geoid)));
    return lines.size();
  }
}
