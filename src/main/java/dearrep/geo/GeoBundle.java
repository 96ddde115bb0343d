package dearrep.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The geo data of one data root, opened once: its layer manifest, its ZIP directory and its
 * district map, plus the user's own boundary layers (city councils, {@link UserBoundaries}) when a
 * user folder has them. Files are read lazily, on the first query that needs them.
 */
public final class GeoBundle {

  private final GeoLayers layers;
  private final ZipDirectory zips;
  private final DistrictMap districts;
  private final Optional<DistrictMap> local;

  private GeoBundle(GeoFiles files, GeoLayers layers, Optional<GeoFiles> user) {
    this.layers = layers;
    this.zips = ZipDirectory.open(files, layers);
    this.districts = DistrictMap.open(files, layers);
    this.local = user.map(u -> DistrictMap.open(u, GeoLayers.read(u)));
  }

  /** Opens the geo data read through {@code files}. */
  public static GeoBundle open(GeoFiles files) {
    return new GeoBundle(files, GeoLayers.read(files), Optional.empty());
  }

  /** Opens the geo data bundled in the jar. */
  public static GeoBundle bundled() {
    return new GeoBundle(GeoFiles.bundled(), GeoLayers.bundled(), Optional.empty());
  }

  /**
   * The bundled geo data with the boundary layers a user imported into {@code userFolder} (see
   * {@link UserBoundaries}); just the bundle when the folder has none.
   */
  public static GeoBundle bundled(Optional<Path> userFolder) {
    Optional<GeoFiles> user =
        userFolder
            .filter(dir -> Files.isRegularFile(dir.resolve(GeoLayers.MANIFEST)))
            .map(GeoFiles::directory);
    return new GeoBundle(GeoFiles.bundled(), GeoLayers.bundled(), user);
  }

  public GeoLayers layers() {
    return layers;
  }

  public ZipDirectory zips() {
    return zips;
  }

  public DistrictMap districts() {
    return districts;
  }

  /** The user's own boundary layers, in their manifest order; empty when there are none. */
  public List<GeoLayer> userLayers() {
    return local.map(DistrictMap::layers).orElse(List.of());
  }

  /** Where a point falls in each of the user's boundary layers. */
  public List<Placement> localPlacements(Coordinates point) {
    return local.map(m -> m.place(point)).orElse(new ArrayList<>());
  }
}
