package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Census congressional boundaries in TopoJSON to one {@link BoundaryFile} per state ({@code
 * <layer>/ca.bin}), a bounding-box table ({@code states.tsv}) and {@code divisions.tsv}.
 */
final class BoundaryImport {

  private final CongressIds ids;

  BoundaryImport(CongressIds ids) {
    this.ids = ids;
  }

  int write(Path topojson, String object, Path dir) throws IOException {
    JsonNode topology = new ObjectMapper().readTree(topojson.toFile());
    TopoJson topo = new TopoJson(topology);
    Map<String, List<BoundaryFile.District>> byState = new TreeMap<>();
    Map<String, String> codes = new TreeMap<>();
    List<TopoJson.Feature> features = topo.features(topology, object);
    for (TopoJson.Feature f : features) {
      String geoid = f.properties().get("GEOID");
      String state = ids.state(f.properties().get("STATEFP"));
      String id = ids.id(geoid);
      if (!CongressIds.stateOf(id).equals(state)) {
        throw new IllegalArgumentException("GEOID " + geoid + " resolved to " + id);
      }
      if (codes.put(geoid, id) != null) {
        throw new IllegalArgumentException("GEOID " + geoid + " appears twice");
      }
      byState
          .computeIfAbsent(state, s -> new ArrayList<>())
          .add(new BoundaryFile.District(geoid, f.polygons()));
    }
    StringBuilder boxes = new StringBuilder();
    for (Map.Entry<String, List<BoundaryFile.District>> e : byState.entrySet()) {
      e.getValue().sort(java.util.Comparator.comparing(BoundaryFile.District::code));
      Files.write(dir.resolve(e.getKey() + ".bin"), BoundaryFile.write(topo.grid, e.getValue()));
      boxes.append(box(e.getKey(), topo.grid, e.getValue()));
    }
    Files.writeString(dir.resolve("states.tsv"), boxes);
    GeoImport.writeDivisions(dir, codes, ids);
    return features.size();
  }

  // One box per hemisphere: Alaska's Aleutians cross the antimeridian, and a single box would
  // span every longitude. Boxes are widened by one grid step so edge points still match.
  static String box(String state, BoundaryFile.Grid g, List<BoundaryFile.District> ds) {
    StringBuilder sb = new StringBuilder();
    for (boolean east : new boolean[] {false, true}) {
      int minX = Integer.MAX_VALUE;
      int minY = Integer.MAX_VALUE;
      int maxX = Integer.MIN_VALUE;
      int maxY = Integer.MIN_VALUE;
      for (BoundaryFile.District d : ds) {
        for (int p = 0; p < d.polygons().size(); p++) {
          int[] shell = d.polygons().get(p).get(0);
          if ((g.translateX() + shell[0] * g.scaleX() > 0) != east) {
            continue;
          }
          int[] box = d.bounds().get(p);
          minX = Math.min(minX, box[0]);
          minY = Math.min(minY, box[1]);
          maxX = Math.max(maxX, box[2]);
          maxY = Math.max(maxY, box[3]);
        }
      }
      if (minX <= maxX) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%s\t%.6f\t%.6f\t%.6f\t%.6f%n",
                state,
                g.translateX() + (minX - 1) * g.scaleX(),
                g.translateY() + (minY - 1) * g.scaleY(),
                g.translateX() + (maxX + 1) * g.scaleX(),
                g.translateY() + (maxY + 1) * g.scaleY()));
      }
    }
    return sb.toString();
  }
}
