package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Decodes a quantized TopoJSON topology into integer rings, keeping the source grid. */
final class TopoJson {

  /** One feature: its properties and its polygons (rings of interleaved x,y grid ints). */
  record Feature(Map<String, String> properties, List<List<int[]>> polygons) {}

  final BoundaryFile.Grid grid;
  private final List<int[]> arcs = new ArrayList<>();

  TopoJson(JsonNode topology) {
    JsonNode t = topology.path("transform");
    if (t.isMissingNode()) {
      throw new IllegalArgumentException("TopoJSON is not quantized (no transform)");
    }
    grid =
        new BoundaryFile.Grid(
            t.path("scale").get(0).asDouble(),
            t.path("scale").get(1).asDouble(),
            t.path("translate").get(0).asDouble(),
            t.path("translate").get(1).asDouble());
    for (JsonNode arc : topology.path("arcs")) {
      int[] xy = new int[arc.size() * 2];
      int x = 0;
      int y = 0;
      for (int i = 0; i < arc.size(); i++) {
        x += arc.get(i).get(0).asInt();
        y += arc.get(i).get(1).asInt();
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
      }
      arcs.add(xy);
    }
  }

  /** Every feature of one named object. Rings with fewer than four points are dropped. */
  List<Feature> features(JsonNode topology, String object) {
    JsonNode geometries = topology.path("objects").path(object).path("geometries");
    if (!geometries.isArray()) {
      throw new IllegalArgumentException("TopoJSON has no object " + object);
    }
    List<Feature> features = new ArrayList<>();
    for (JsonNode g : geometries) {
      Map<String, String> props = new TreeMap<>();
      g.path("properties")
          .fields()
          .forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
      List<List<int[]>> polygons = new ArrayList<>();
      switch (g.path("type").asText()) {
        case "Polygon" -> addPolygon(polygons, g.path("arcs"));
        case "MultiPolygon" -> g.path("arcs").forEach(p -> addPolygon(polygons, p));
        default -> throw new IllegalArgumentException("unexpected geometry " + g.path("type"));
      }
      features.add(new Feature(props, polygons));
    }
    return features;
  }

  private void addPolygon(List<List<int[]>> polygons, JsonNode ringArcs) {
    List<int[]> rings = new ArrayList<>();
    for (JsonNode ring : ringArcs) {
      int[] xy = ring(ring);
      if (xy.length >= 8) {
        rings.add(xy);
      } else if (rings.isEmpty()) {
        return; // a collapsed shell: the whole polygon is below the grid's resolution
      }
    }
    if (!rings.isEmpty()) {
      polygons.add(rings);
    }
  }

  private int[] ring(JsonNode arcIndexes) {
    List<Integer> xy = new ArrayList<>();
    for (JsonNode index : arcIndexes) {
      int i = index.asInt();
      int[] arc = arcs.get(i >= 0 ? i : ~i);
      int n = arc.length / 2;
      for (int k = xy.isEmpty() ? 0 : 1; k < n; k++) {
        int p = i >= 0 ? k : n - 1 - k;
        xy.add(arc[2 * p]);
        xy.add(arc[2 * p + 1]);
      }
    }
    return xy.stream().mapToInt(Integer::intValue).toArray();
  }
}
