package dearrep.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.data.BundleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest of geo data, {@code geo/layers.json}: where the ZIP directory lives and which layers
 * place ZIP codes and points in which kinds of district. Code iterates it, so adding a crosswalk or
 * a boundary layer is a data change.
 *
 * @param zipPlaces folder of the ZIP place files, relative to the data root ({@code geo/zip/})
 * @param zipDataset key of the dataset the ZIP places come from
 * @param zipAttribution attribution the ZIP place data require wherever they are shown
 * @param layers every layer, in manifest order
 */
public record GeoLayers(
    String zipPlaces, String zipDataset, String zipAttribution, List<GeoLayer> layers) {

  /** Path of the manifest relative to the data root. */
  public static final String MANIFEST = "geo/layers.json";

  public GeoLayers {
    layers = layers == null ? List.of() : List.copyOf(layers);
    zipAttribution = zipAttribution == null ? "" : zipAttribution;
    zipDataset = zipDataset == null ? "" : zipDataset;
  }

  /** Reads the manifest. */
  public static GeoLayers read(GeoFiles files) {
    try (InputStream in =
        files
            .open(MANIFEST)
            .orElseThrow(
                () ->
                    new GeoException(GeoException.Reason.DATA, "geo data missing: " + MANIFEST))) {
      return ManifestReader.read(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof GeoException g) {
        throw g;
      }
      throw GeoException.data("cannot read " + MANIFEST + ": " + e.getMessage(), e);
    }
  }

  /**
   * The bundled layer manifest, read once per process: a lookup and the office ordering of its call
   * list both need it, and the bundle in the jar does not change while it runs.
   */
  public static GeoLayers bundled() {
    GeoLayers read = bundled;
    if (read == null) {
      // a broken manifest throws here, every time, with its own message (not cached)
      read = read(GeoFiles.bundled());
      bundled = read;
    }
    return read;
  }

  private static volatile GeoLayers bundled;

  static ObjectMapper mapper() {
    return BundleFiles.json();
  }

  /** Every district kind some layer can place, in manifest order ({@code cd}). */
  public Set<String> kinds() {
    Set<String> kinds = new LinkedHashSet<>();
    layers.forEach(l -> kinds.add(l.kind()));
    return Collections.unmodifiableSet(kinds);
  }

  /** The ZIP crosswalk layers, in manifest order. */
  public List<GeoLayer> crosswalks() {
    return layers.stream().filter(l -> GeoLayer.ZIP_CROSSWALK.equals(l.form())).toList();
  }

  /** The boundary layers, in manifest order. */
  public List<GeoLayer> boundaries() {
    return layers.stream().filter(l -> GeoLayer.BOUNDARIES.equals(l.form())).toList();
  }

  /** The ZIP crosswalk for one kind, when there is one. */
  public Optional<GeoLayer> crosswalk(String kind) {
    return crosswalks().stream().filter(l -> l.kind().equals(kind)).findFirst();
  }

  /** The boundary layer for one kind, when there is one. */
  public Optional<GeoLayer> boundaries(String kind) {
    return boundaries().stream().filter(l -> l.kind().equals(kind)).findFirst();
  }
}
