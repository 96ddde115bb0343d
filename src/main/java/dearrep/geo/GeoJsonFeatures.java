package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A GeoJSON FeatureCollection of polygons, read into plain values: each feature's scalar properties
 * as text and its polygons as rings of interleaved lon, lat degrees. Gzipped files ({@code .gz})
 * are read as they are.
 */
final class GeoJsonFeatures {

  /**
   * One feature.
   *
   * @param index position in the file, from 1
   * @param properties scalar properties as text ({@code GEOID}, {@code NAMELSAD})
   * @param polygons each polygon's rings (shell first) as {lon, lat, lon, lat, …}
   * @param geometryType the GeoJSON type, or "" when the geometry is null
   */
  record Feature(
      int index,
      Map<String, String> properties,
      List<List<double[]>> polygons,
      String geometryType) {}

  /** The features and the collection's declared CRS name, or "" when it declares none. */
  record Collection(List<Feature> features, String crs) {}

  private GeoJsonFeatures() {}

  static Collection read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return read(new ObjectMapper().readTree(in));
    }
  }

  static Collection read(JsonNode root) {
    if (!"FeatureCollection".equals(root.path("type").asText())) {
      throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
    }
    List<Feature> features = new ArrayList<>();
    int index = 0;
    for (JsonNode f : root.path("features")) {
      index++;
      Map<String, String> props = new LinkedHashMap<>();
      f.path("properties")
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                  props.put(e.getKey(), e.getValue().asText());
                }
              });
      JsonNode g = f.path("geometry");
      String type = g.path("type").asText("");
      List<List<double[]>> polygons = new ArrayList<>();
      switch (type) {
        case "Polygon" -> polygons.add(rings(g.path("coordinates")));
        case "MultiPolygon" -> g.path("coordinates").forEach(p -> polygons.add(rings(p)));
        default -> {}
      }
      features.add(new Feature(index, props, polygons, type));
    }
    String crs = root.path("crs").path("properties").path("name").asText("");
    return new Collection(features, crs);
  }

  private static List<double[]> rings(JsonNode polygon) {
    List<double[]> rings = new ArrayList<>();
    for (JsonNode ring : polygon) {
      double[] xy = new double[ring.size() * 2];
      int i = 0;
      for (JsonNode pt : ring) {
        xy[i++] = pt.path(0).asDouble(Double.NaN);
        xy[i++] = pt.path(1).asDouble(Double.NaN);
      }
      rings.add(xy);
    }
    return rings;
  }

  /** The grid the new layers use: 1e-5 degrees, about a metre, far below the lines' own error. */
  static final BoundaryFile.Grid GRID = new BoundaryFile.Grid(1e-5, 1e-5, 0, 0);

  /**
   * A feature's polygons on {@link #GRID}, with repeated points dropped; rings left with fewer than
   * four points are dropped, and a polygon whose shell is dropped goes with it.
   */
  static List<List<int[]>> onGrid(List<List<double[]>> polygons) {
    List<List<int[]>> out = new ArrayList<>();
    for (List<double[]> polygon : polygons) {
      List<int[]> rings = new ArrayList<>();
      for (double[] ring : polygon) {
        int[] q = quantize(ring);
        if (q.length >= 8) {
          rings.add(q);
        } else if (rings.isEmpty()) {
          break;
        }
      }
      if (!rings.isEmpty()) {
        out.add(rings);
      }
    }
    return out;
  }

  private static int[] quantize(double[] ring) {
    int[] q = new int[ring.length];
    int n = 0;
    for (int i = 0; i < ring.length; i += 2) {
      int x = (int) Math.round(ring[i] / GRID.scaleX());
      int y = (int) Math.round(ring[i + 1] / GRID.scaleY());
      if (n >= 2 && q[n - 2] == x && q[n - 1] == y) {
        continue;
      }
      q[n++] = x;
      q[n++] = y;
    }
    return java.util.Arrays.copyOf(q, n);
  }
}
