package dearrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Points to districts, by point-in-polygon against the boundary layers.
 *
 * <p>Each boundary layer ships a table of state bounding boxes ({@code states.tsv}) and one file
 * per state; a query reads only the states whose box holds the point, once, and keeps them.
 * Instances are not thread-safe.
 */
public final class DistrictMap {

  private final GeoFiles files;
  private final GeoLayers layers;
  private final Map<String, List<StateBox>> boxes = new LinkedHashMap<>();
  private final Map<String, STRtree> loaded = new LinkedHashMap<>();
  private final Map<String, DivisionCodes> codes = new LinkedHashMap<>();

  private record StateBox(
      String state, double minLon, double minLat, double maxLon, double maxLat) {
    boolean touches(Envelope e) {
      return e.getMaxX() >= minLon
          && e.getMinX() <= maxLon
          && e.getMaxY() >= minLat
          && e.getMinY() <= maxLat;
    }
  }

  // A polygon of a district, kept as the grid's integers: point-in-polygon and distances run on
  // them directly, so a query allocates nothing per point of a district's lines.
  private final class Area {
    final String code;
    final BoundaryFile.Grid grid;
    final List<int[]> rings;
    final Envelope envelope;

    Area(String code, BoundaryFile.Grid grid, List<int[]> rings, Envelope envelope) {
      this.code = code;
      this.grid = grid;
      this.rings = rings;
      this.envelope = envelope;
    }

    boolean covers(Coordinates p) {
      return NearLine.inside(grid, rings, p);
    }

    /** Metres from the point to the nearest line of this polygon (shell or hole). */
    double metresTo(Coordinates p) {
      return NearLine.metres(grid, rings, p);
    }
  }

  private DistrictMap(GeoFiles files, GeoLayers layers) {
    this.files = files;
    this.layers = layers;
  }

  /** A map over {@code files}, using the boundary layers of {@code layers}. */
  public static DistrictMap open(GeoFiles files, GeoLayers layers) {
    return new DistrictMap(files, layers);
  }

  /**
   * The division of {@code kind} that contains the point.
   *
   * @return the OCD division id, or empty when no layer of that kind exists or the point lies in
   *     none of its districts (at sea, abroad)
   */
  public Optional<String> locate(String kind, Coordinates point) {
    return layers.boundaries(kind).flatMap(layer -> locate(layer, point));
  }

  /** Every kind a boundary layer can place, with the division that contains the point. */
  public Map<String, String> locateAll(Coordinates point) {
    Map<String, String> found = new LinkedHashMap<>();
    for (GeoLayer layer : layers.boundaries()) {
      if (!found.containsKey(layer.kind())) {
        locate(layer, point).ifPresent(id -> found.put(layer.kind(), id));
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /** True when the boundary layer of {@code kind} has lines for {@code state} ("CA"). */
  public boolean covers(String kind, String state) {
    return layers
        .boundaries(kind)
        .map(layer -> boxes(layer).stream().anyMatch(b -> b.state().equalsIgnoreCase(state)))
        .orElse(false);
  }

  /** The boundary layers this map places points in. */
  public List<GeoLayer> layers() {
    return layers.boundaries();
  }

  /**
   * The state files read so far, as {@code <layer id>/<st>}; shows a query read only what it
   * needed.
   */
  public List<String> loadedFiles() {
    return List.copyOf(new TreeSet<>(loaded.keySet()));
  }

  private Optional<String> locate(GeoLayer layer, Coordinates point) {
    return place(layer, point).candidates().stream()
        .filter(Placement.Candidate::containsPoint)
        .findFirst()
        .map(c -> c.divisionIds().get(0));
  }

  /**
   * Where the point falls in every boundary layer, in manifest order: the containing district and,
   * within a layer's near-line margin, the districts across the line.
   */
  public List<Placement> place(Coordinates point) {
    List<Placement> all = new ArrayList<>();
    for (GeoLayer layer : layers.boundaries()) {
      all.add(place(layer, point));
    }
    return List.copyOf(all);
  }

  /** Where the point falls in the boundary layer of {@code kind}, when there is one. */
  public Optional<Placement> place(String kind, Coordinates point) {
    return layers.boundaries(kind).map(layer -> place(layer, point));
  }

  private Placement place(GeoLayer layer, Coordinates point) {
    Coordinate c = new Coordinate(point.lon(), point.lat());
    double margin = layer.nearLineMetres();
    Envelope near = NearLine.envelope(point, margin);
    Map<String, double[]> found = new LinkedHashMap<>(); // code -> {contains 0/1, metres}
    for (StateBox box : boxes(layer)) {
      if (!box.touches(near)) {
        continue;
      }
      STRtree tree =
          loaded.computeIfAbsent(layer.id() + "/" + box.state(), k -> load(layer, box.state()));
      for (Object o : tree.query(near)) {
        Area area = (Area) o;
        boolean inside = area.envelope.covers(c) && area.covers(point);
        double metres = margin > 0 ? area.metresTo(point) : Double.POSITIVE_INFINITY;
        if (!inside && metres >= margin) {
          continue;
        }
        double[] f =
            found.computeIfAbsent(area.code, k -> new double[] {0, Double.POSITIVE_INFINITY});
        f[0] = Math.max(f[0], inside ? 1 : 0);
        f[1] = Math.min(f[1], metres);
      }
    }
    if (found.isEmpty()) {
      return new Placement(layer.kind(), layer, List.of());
    }
    DivisionCodes table =
        codes.computeIfAbsent(layer.divisions(), path -> DivisionCodes.read(files, path));
    List<Placement.Candidate> candidates = new ArrayList<>();
    found.forEach(
        (code, f) ->
            candidates.add(
                new Placement.Candidate(
                    code,
                    table.name(code),
                    table.ids(code, layer.divisions()),
                    f[0] > 0,
                    f[1] < margin ? f[1] : Double.POSITIVE_INFINITY)));
    candidates.sort(
        Comparator.comparing((Placement.Candidate k) -> !k.containsPoint())
            .thenComparingDouble(Placement.Candidate::metresToLine));
    return new Placement(layer.kind(), layer, candidates);
  }

  private List<StateBox> boxes(GeoLayer layer) {
    return boxes.computeIfAbsent(layer.id(), id -> readBoxes(layer.path() + "states.tsv"));
  }

  private List<StateBox> readBoxes(String path) {
    List<StateBox> list = new ArrayList<>();
    try (InputStream in = TsvFiles.require(files, path);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        list.add(
            new StateBox(
                f[0],
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4])));
      }
    } catch (IOException | RuntimeException e) {
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
    return list;
  }

  private STRtree load(GeoLayer layer, String state) {
    String path = layer.path() + state + ".bin";
    BoundaryFile.Decoded decoded;
    try (InputStream in = TsvFiles.require(files, path)) {
      decoded = BoundaryFile.read(in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      if (e instanceof GeoException g) {
        throw g;
      }
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
    STRtree tree = new STRtree();
    for (BoundaryFile.District d : decoded.districts()) {
      for (int i = 0; i < d.polygons().size(); i++) {
        Envelope e = envelope(decoded.grid(), d.bounds().get(i));
        tree.insert(e, new Area(d.code(), decoded.grid(), d.polygons().get(i), e));
      }
    }
    tree.build();
    return tree;
  }

  /** The envelope, in degrees, of a box on the grid: {minX, minY, maxX, maxY}. */
  private static Envelope envelope(BoundaryFile.Grid g, int[] box) {
    return new Envelope(
        g.translateX() + box[0] * g.scaleX(),
        g.translateX() + box[2] * g.scaleX(),
        g.translateY() + box[1] * g.scaleY(),
        g.translateY() + box[3] * g.scaleY());
  }
}
