package dearrep.geo;

/**
 * The geo data of one data root, opened once: its layer manifest, its ZIP directory and its
 * district map. Files are read lazily, on the first query that needs them.
 */
public final class GeoBundle {

  private final GeoLayers layers;
  private final ZipDirectory zips;
  private final DistrictMap districts;

  private GeoBundle(GeoFiles files) {
    this.layers = GeoLayers.read(files);
    this.zips = ZipDirectory.open(files, layers);
    this.districts = DistrictMap.open(files, layers);
  }

  /** Opens the geo data read through {@code files}. */
  public static GeoBundle open(GeoFiles files) {
    return new GeoBundle(files);
  }

  /** Opens the geo data bundled in the jar. */
  public static GeoBundle bundled() {
    return open(GeoFiles.bundled());
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
}
