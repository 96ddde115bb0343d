package dearrep.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ZIP codes to places and candidate districts.
 *
 * <p>Files are split by the ZIP's first two digits ({@code geo/zip/95.tsv}, {@code
 * geo/cd119/zip/95.tsv}), sorted, so one lookup reads a few tens of kilobytes whatever the state.
 */
public final class ZipDirectory {

  private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-?\\d{4})?");

  private final GeoFiles files;
  private final GeoLayers layers;
  private final Map<String, DivisionCodes> codes = new HashMap<>();

  private ZipDirectory(GeoFiles files, GeoLayers layers) {
    this.files = files;
    this.layers = layers;
  }

  /** A directory over {@code files}, using the crosswalk layers of {@code layers}. */
  public static ZipDirectory open(GeoFiles files, GeoLayers layers) {
    return new ZipDirectory(files, layers);
  }

  /**
   * The five-digit ZIP code of user input: {@code 95113}, {@code 95113-1905} and {@code 951131905}
   * all give {@code 95113}.
   *
   * @throws GeoException (bad input) when the text is not a ZIP or ZIP+4 code
   */
  public static String normalize(String zip) {
    String t = zip == null ? "" : zip.strip();
    Matcher m = ZIP.matcher(t);
    if (!m.matches()) {
      throw GeoException.invalid(
          "\"" + t + "\" is not a ZIP code: type 5 digits, e.g. 95113 (or ZIP+4, 95113-1905)");
    }
    return m.group(1);
  }

  /**
   * Finds a ZIP code (ZIP+4 allowed).
   *
   * @return the place, or empty when neither GeoNames nor any crosswalk knows the ZIP
   * @throws GeoException (bad input) when the text is not a ZIP code
   */
  public Optional<ZipPlace> find(String zip) {
    String z = normalize(zip);
    String chunk = z.substring(0, 2) + ".tsv";
    Optional<String[]> place = placeLine(z);
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    for (GeoLayer layer : layers.crosswalks()) {
      TsvFiles.findLine(files, layer.path() + chunk, z)
          .ifPresent(f -> candidates.putIfAbsent(layer.kind(), ids(layer, f[1])));
    }
    if (place.isEmpty() && candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(place(place.orElse(new String[] {z, "", "", "", "", ""}), candidates));
  }

  /** The GeoNames line of a five-digit ZIP: zip, city, county, state, lat, lon. */
  private Optional<String[]> placeLine(String zip) {
    return TsvFiles.findLine(files, layers.zipPlaces() + zip.substring(0, 2) + ".tsv", zip);
  }

  private static ZipPlace place(String[] p, Map<String, List<String>> candidates) {
    String state = p[3].isEmpty() ? stateFromCandidates(candidates) : p[3];
    return new ZipPlace(
        p[0], p[1], p[2], state, number(p[4]), number(p[5]), !candidates.isEmpty(), candidates);
  }

  /**
   * The GeoNames point of a ZIP code, reading only the places file (not the crosswalks): what
   * ordering offices by distance needs. Safe to call from several threads.
   *
   * @return the point, or empty when the ZIP is malformed, unknown or has no point
   */
  public Optional<Coordinates> point(String zip) {
    String z;
    try {
      z = normalize(zip);
    } catch (GeoException e) {
      return Optional.empty();
    }
    return placeLine(z).flatMap(p -> place(p, Map.of()).point());
  }

  private List<String> ids(GeoLayer layer, String codeList) {
    DivisionCodes table =
        codes.computeIfAbsent(layer.divisions(), path -> DivisionCodes.read(files, path));
    return Arrays.stream(codeList.split(" "))
        .flatMap(code -> table.ids(code, layer.divisions()).stream())
        .distinct()
        .toList();
  }

  // For ZIPs GeoNames lacks (Puerto Rico), the state comes from the first candidate's OCD id.
  private static String stateFromCandidates(Map<String, List<String>> candidates) {
    if (candidates.isEmpty()) {
      return "";
    }
    Matcher m =
        Pattern.compile("/(?:state|territory|district):([a-z]{2})/")
            .matcher(candidates.values().iterator().next().get(0));
    return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
  }

  private static double number(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }
}
