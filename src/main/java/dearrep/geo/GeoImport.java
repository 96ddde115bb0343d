package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.model.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds {@code data/geo/} from the upstream snapshots: the ZIP place files, one folder per layer,
 * the manifest {@code geo/layers.json} and {@code geo/sources.json} (the datasets used).
 *
 * <p>What to read and the facts about each source (commit, license, vintage, validity) come from an
 * inputs file ({@code scripts/geo-inputs.json}), not from constants here. Each layer names a source
 * {@code format}; today {@code zccd} (ZCTA to district rows) and {@code topojson-cd} (Census
 * congressional boundaries). Layers of other district kinds need a reader for their format and an
 * entry in the inputs file; the runtime reads whatever the manifest lists.
 */
public final class GeoImport {

  /**
   * What one run wrote, for the log.
   *
   * @param zips ZIP codes placed
   * @param layerRecords records read per dataset
   * @param bytes the size of the geo folder written
   */
  public record Summary(int zips, Map<String, Integer> layerRecords, long bytes) {
    /** The one line the import prints. */
    public String line() {
      return String.format(
          Locale.ROOT, "geo: %d ZIP codes, layers %s, %,d bytes", zips, layerRecords, bytes);
    }
  }

  private final Path shared;
  private final Path geo;
  private final JsonNode inputs;
  private final ObjectMapper json = GeoLayers.mapper();
  private final Map<String, Integer> records = new LinkedHashMap<>();
  private CongressIds congressIds;
  private SldJoin sldJoin;

  private GeoImport(Path shared, Path dataDir, Path inputsFile) throws IOException {
    this.shared = shared;
    this.geo = dataDir.resolve("geo");
    this.inputs = json.readTree(inputsFile.toFile());
  }

  /** Replaces {@code <dataDir>/geo} with a fresh build from {@code shared}. */
  public static Summary run(Path shared, Path dataDir, Path inputsFile) throws IOException {
    return new GeoImport(shared, dataDir, inputsFile).build();
  }

  private Summary build() throws IOException {
    dearrep.data.FileTree.delete(geo);
    Files.createDirectories(geo);
    congressIds = new CongressIds(source("ocd-division-ids"), source("openstates-metadata"));
    records.put("ocd-division-ids", congressIds.rows);
    records.put("openstates-metadata", congressIds.states());

    JsonNode places = inputs.path("zipPlaces");
    int zips =
        new ZipPlaceImport(source(places.path("dataset").asText())).write(geo.resolve("zip"));
    records.put(places.path("dataset").asText(), zips);

    List<GeoLayer> layers = new ArrayList<>();
    for (JsonNode in : inputs.path("layers")) {
      layers.add(buildLayer(in));
    }
    GeoLayers manifest =
        new GeoLayers("geo/zip/", places.path("dataset").asText(), attribution(places), layers);
    writeJson(geo.resolve("layers.json"), manifest);
    writeJson(geo.resolve("sources.json"), datasets());
    return new Summary(zips, Map.copyOf(records), size(geo));
  }

  private GeoLayer buildLayer(JsonNode in) throws IOException {
    String id = in.path("id").asText();
    String path = "geo/" + id + "/";
    Path dir = geo.resolve(id);
    Files.createDirectories(dir);
    String dataset = in.path("dataset").asText();
    Path src = source(dataset);
    int n =
        switch (in.path("format").asText()) {
          case "zccd" ->
              new CrosswalkImport(congressIds).write(src, landOrder(in).map(this::source), dir);
          case "topojson-cd" ->
              new BoundaryImport(congressIds).write(src, in.path("object").asText(), dir);
          case "tiger-sld" ->
              new SldBoundaryImport(sldJoin(), congressIds)
                  .write(src, in.path("chamber").asText(), dir);
          case "zip-sld" ->
              new SldCrosswalkImport(sldJoin(), congressIds)
                  .write(src, in.path("list").asText(), dir);
          default ->
              throw new IllegalArgumentException("unknown layer format " + in.path("format"));
        };
    records.merge(dataset, n, Integer::sum);
    return new GeoLayer(
        id,
        in.path("kind").asText(),
        in.path("form").asText(),
        in.path("title").asText(),
        dataset,
        in.path("vintage").asText(),
        in.path("validFrom").asText(),
        in.path("validThrough").asText(),
        in.path("notice").asText(),
        path,
        path + DivisionCodes.FILE,
        in.path("nearLineMetres").asInt(0),
        in.path("format").asText().equals("zip-sld") || landOrder(in).isPresent());
  }

  /** The dataset whose land-share order a ZIP crosswalk layer takes ({@code "orderBy"}), if any. */
  private static Optional<String> landOrder(JsonNode in) {
    String dataset = in.path("orderBy").asText("");
    return dataset.isEmpty() ? Optional.empty() : Optional.of(dataset);
  }

  private SldJoin sldJoin() throws IOException {
    if (sldJoin == null) {
      sldJoin = new SldJoin(source("openstates-districts"), inputs.path("join"));
    }
    return sldJoin;
  }

  private String attribution(JsonNode places) {
    for (JsonNode d : inputs.path("datasets")) {
      if (d.path("key").asText().equals(places.path("dataset").asText())) {
        return d.path("attribution").asText();
      }
    }
    return "";
  }

  private List<Dataset> datasets() {
    List<Dataset> list = new ArrayList<>();
    for (JsonNode d : inputs.path("datasets")) {
      String key = d.path("key").asText();
      list.add(
          new Dataset(
              key,
              text(d, "name"),
              text(d, "origin"),
              text(d, "commit"),
              text(d, "snapshotDate"),
              text(d, "license"),
              text(d, "attribution"),
              text(d, "validThrough"),
              records.getOrDefault(key, 0)));
    }
    return list;
  }

  private Path source(String dataset) {
    String file = inputs.path("files").path(dataset).asText();
    if (file.isEmpty()) {
      throw new IllegalArgumentException("inputs name no file for " + dataset);
    }
    return shared.resolve(file);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private void writeJson(Path file, Object value) throws IOException {
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
    Files.writeString(file, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
  }

  static Iterable<CSVRecord> csv(Reader r) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().get().parse(r);
  }

  /** Writes {@code rows} (key → line) into files by the key's first two digits. */
  static void writeChunks(Path dir, TreeMap<String, String> rows) throws IOException {
    Files.createDirectories(dir);
    Map<String, StringBuilder> chunks = new TreeMap<>();
    rows.forEach(
        (key, line) ->
            chunks
                .computeIfAbsent(key.substring(0, 2), k -> new StringBuilder())
                .append(line)
                .append('\n'));
    for (Map.Entry<String, StringBuilder> c : chunks.entrySet()) {
      Files.writeString(dir.resolve(c.getKey() + ".tsv"), c.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Writes the code → OCD id, name table of a layer. */
  static void writeDivisions(Path dir, Map<String, String> codeToId, CongressIds ids)
      throws IOException {
    DivisionCodes.write(dir, new TreeMap<>(codeToId), code -> ids.name(codeToId.get(code)));
  }

  static String clean(String s) {
    return s.replace('\t', ' ').strip();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static Set<String> orderedSet() {
    return new LinkedHashSet<>();
  }
}
