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
 * per state; a query reads only the states whose box holds the point, once, and keeps them. Within
 * a state file it decodes only the districts whose box holds the point (the file's index, {@link
 * BoundaryFile}), once. Instances are not thread-safe.
 */
public final class DistrictMap {

  private final GeoFiles files;
  private final GeoLayers layers;
  private final Map<String, List<StateBox>> boxes = new LinkedHashMap<>();
  private final Map<String, StateFile> loaded = new LinkedHashMap<>();
  private int decodedDistricts;
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

  /**
   * One state's file: its index, a tree of its districts' boxes, and the districts decoded so far.
   */
  private final class StateFile {
    final String path;
    final BoundaryFile.Index index;
    final STRtree tree = new STRtree();
    // by identity: a record key would hash through its generated hashCode, whose first call costs a
    // cold lookup several milliseconds of method-handle linking
    final Map<BoundaryFile.Entry, List<Area>> decoded = new java.util.IdentityHashMap<>();

    StateFile(String path, BoundaryFile.Index index) {
      this.path = path;
      this.index = index;
      for (BoundaryFile.Entry e : index.entries()) {
        if (e.box()[0] <= e.box()[2]) { // a district without polygons has an empty box
          tree.insert(envelope(index.grid(), e.box()), e);
        }
      }
      tree.build();
    }

    /** The polygons of every district whose box touches {@code near}, decoded once each. */
    List<Area> areas(Envelope near) {
      List<Area> areas = new ArrayList<>();
      for (Object o : tree.query(near)) {
        areas.addAll(decoded.computeIfAbsent((BoundaryFile.Entry) o, this::decode));
      }
      return areas;
    }

    private List<Area> decode(BoundaryFile.Entry entry) {
      decodedDistricts++;
      BoundaryFile.District d;
      try {
        d = index.decode(entry);
      } catch (RuntimeException e) {
        throw GeoException.data(
            "cannot read " + path + ", district " + entry.code() + ": " + e.getMessage(), e);
      }
      List<Area> areas = new ArrayList<>(d.polygons().size());
      for (int i = 0; i < d.polygons().size(); i++) {
        Envelope e = envelope(index.grid(), d.bounds().get(i));
        areas.add(new Area(d.code(), index.grid(), d.polygons().get(i), e));
      }
      return areas;
    }
  }

  /**
   * A polygon of a district, kept as the grid's integers: point-in-polygon and distances run on
   * them directly, so a query allocates nothing per point of a district's lines.
   */
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

  /** How many districts' lines have been decoded so far, over every file read. */
  public int decodedDistricts() {
    return decodedDistricts;
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
      StateFile file =
          loaded.computeIfAbsent(layer.id() + "/" + box.state(), k -> load(layer, box.state()));
      for (Area area : file.areas(near)) {
        if (!area.envelope.intersects(near)) {
          continue;
        }
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

  private StateFile load(GeoLayer layer, String state) {
    String path = layer.path() + state + ".bin";
    try (InputStream in = TsvFiles.require(files, path)) {
      return new StateFile(path, BoundaryFile.open(in.readAllBytes()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof GeoException g) {
        throw g;
      }
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
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
