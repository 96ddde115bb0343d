package dearrep.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's own district boundaries (a city's council districts, a county's supervisor districts)
 * imported from a GeoJSON file into the user's data folder as a boundary layer: {@code
 * geo/layers.json} and {@code geo/<layer id>/} under the folder, in the bundle's own format, so
 * point lookups place them like the bundled layers.
 *
 * <p>The file is checked before anything is written: a FeatureCollection of Polygons or
 * MultiPolygons, in WGS 84 longitude/latitude (no other CRS is converted), every geometry valid
 * (JTS {@code IsValidOp}: no self-intersections, closed rings, holes inside shells), one feature
 * per district with the district in the named property, each district a division the people data
 * has ({@code <place>/council_district:<n>}). Each fault is one line naming the file, the feature
 * and the fix.
 */
public final class UserBoundaries {

  private static final Set<String> WGS84 =
      Set.of(
          "urn:ogc:def:crs:OGC:1.3:CRS84",
          "urn:ogc:def:crs:OGC::CRS84",
          "EPSG:4326",
          "urn:ogc:def:crs:EPSG::4326");
  private static final Pattern JURISDICTION =
      Pattern.compile(
          "ocd-jurisdiction/(country:us/(?:state|district):([a-z]{2})(?:/[a-z_]+:[^/]+)+)/government");

  /** What an import wrote. */
  public record Imported(GeoLayer layer, int districts, Path folder) {}

  private UserBoundaries() {}

  /**
   * Validates {@code file} and writes it as a layer into {@code userFolder}, replacing a layer of
   * the same jurisdiction.
   *
   * @param jurisdiction the government the districts belong to, {@code
   *     ocd-jurisdiction/country:us/state:ca/place:san_jose/government}
   * @param property the feature property that names each district ({@code DISTRICTS})
   * @param title what to call the layer; empty for a default from the jurisdiction
   * @param knownDivision whether the people data has a division id
   * @throws GeoException (bad input) naming the file and the fault
   */
  public static Imported importFile(
      Path file,
      String jurisdiction,
      String property,
      String title,
      Path userFolder,
      Predicate<String> knownDivision,
      LocalDate today) {
    Matcher j = JURISDICTION.matcher(jurisdiction.strip());
    if (!j.matches()) {
      throw GeoException.invalid(
          "--jurisdiction \""
              + jurisdiction
              + "\" is not a city or county government id: write it as"
              + " ocd-jurisdiction/country:us/state:ca/place:san_jose/government");
    }
    String divisionBase = "ocd-division/" + j.group(1);
    String state = j.group(2);
    String name = file.getFileName().toString();
    GeoJsonFeatures.Collection collection = read(file, name);
    if (!collection.crs().isEmpty() && !WGS84.contains(collection.crs())) {
      throw GeoException.invalid(
          name
              + ": coordinates are in "
              + collection.crs()
              + ", not WGS 84 longitude/latitude: export the file again as GeoJSON in EPSG:4326"
              + " (e.g. ogr2ogr -t_srs EPSG:4326 out.geojson "
              + name
              + ")");
    }
    Map<String, String> codes = new TreeMap<>();
    List<BoundaryFile.District> districts = new ArrayList<>();
    for (GeoJsonFeatures.Feature f : collection.features()) {
      String where = name + ": feature " + f.index();
      String value = f.properties().getOrDefault(property, "").strip();
      if (value.isEmpty()) {
        throw GeoException.invalid(
            where
                + " has no "
                + property
                + " property: give --district-property the property that names each district"
                + " (the file's properties: "
                + f.properties().keySet()
                + ")");
      }
      where += " (" + property + "=" + value + ")";
      String code = districtCode(value);
      String division = divisionBase + "/council_district:" + code;
      if (codes.containsKey(code)) {
        throw GeoException.invalid(
            where + " repeats district " + code + ": one feature per district (merge its parts)");
      }
      if (!knownDivision.test(division)) {
        throw GeoException.invalid(
            where
                + " maps to "
                + division
                + ", which the people data does not have: check --jurisdiction and"
                + " --district-property, or add the district's member (README, Adding officials)");
      }
      Validity.check(where, f);
      codes.put(code, division);
      districts.add(new BoundaryFile.District(code, GeoJsonFeatures.onGrid(f.polygons())));
    }
    if (districts.isEmpty()) {
      throw GeoException.invalid(name + " has no features: nothing to import");
    }
    return write(userFolder, state, divisionBase, codes, districts, name, title, today);
  }

  private static GeoJsonFeatures.Collection read(Path file, String name) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw GeoException.invalid(
          name
              + ": line "
              + e.getLocation().getLineNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + "): fix the file or export it again as GeoJSON");
    } catch (IOException e) {
      throw GeoException.invalid("cannot read " + file + ": " + e.getMessage());
    }
    try {
      return GeoJsonFeatures.read(root);
    } catch (IllegalArgumentException e) {
      throw GeoException.invalid(name + ": " + e.getMessage() + ": export it as GeoJSON");
    }
  }

  // "3", "03", "District 3" are district 3; other names keep their words, lower case, with _.
  static String districtCode(String value) {
    String v = value.strip().replaceFirst("(?i)^(council\\s+)?district\\s*", "");
    if (v.matches("\\d+")) {
      return String.valueOf(Integer.parseInt(v));
    }
    return v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  private static Imported write(
      Path userFolder,
      String state,
      String divisionBase,
      Map<String, String> codes,
      List<BoundaryFile.District> districts,
      String source,
      String title,
      LocalDate today) {
    String place = divisionBase.substring(divisionBase.lastIndexOf(':') + 1);
    String id = state + "-" + place.replace('_', '-');
    String path = "geo/" + id + "/";
    GeoLayer layer =
        new GeoLayer(
            id,
            "council_district",
            GeoLayer.BOUNDARIES,
            title.isBlank() ? titleOf(place) : title,
            "user:" + source,
            "your file " + source + ", imported " + today,
            "",
            "",
            "Your own boundary file " + source + ", imported " + today + ".",
            path,
            path + DivisionCodes.FILE);
    Path dir = userFolder.resolve(path);
    try {
      Files.createDirectories(dir);
      districts.sort(Comparator.comparing(BoundaryFile.District::code));
      Files.write(dir.resolve(state + ".bin"), BoundaryFile.write(GeoJsonFeatures.GRID, districts));
      Files.writeString(
          dir.resolve("states.tsv"),
          BoundaryImport.box(state, GeoJsonFeatures.GRID, districts),
          StandardCharsets.UTF_8);
      DivisionCodes.write(dir, codes, code -> "");
      writeManifest(userFolder, layer);
    } catch (IOException e) {
      throw GeoException.invalid("cannot write to " + userFolder + ": " + e.getMessage());
    }
    return new Imported(layer, districts.size(), dir);
  }

  private static void writeManifest(Path userFolder, GeoLayer layer) throws IOException {
    Path manifest = userFolder.resolve(GeoLayers.MANIFEST);
    Map<String, GeoLayer> layers = new LinkedHashMap<>();
    if (Files.isRegularFile(manifest)) {
      GeoLayers.read(GeoFiles.directory(userFolder)).layers().forEach(l -> layers.put(l.id(), l));
    }
    layers.put(layer.id(), layer);
    GeoLayers all = new GeoLayers("", "", "", List.copyOf(layers.values()));
    dearrep.data.AtomicWrite.write(
        manifest, out -> GeoLayers.mapper().writerWithDefaultPrettyPrinter().writeValue(out, all));
  }

  private static String titleOf(String place) {
    StringBuilder s = new StringBuilder();
    for (String w : place.split("_")) {
      s.append(s.length() == 0 ? "" : " ")
          .append(w.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(w.substring(1));
    }
    return s + " council districts";
  }
}
