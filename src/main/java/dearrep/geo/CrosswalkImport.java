package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVRecord;

/**
 * A ZCTA → congressional district table ({@code state_fips,state_abbr,zcta,cd}; at-large is 0) to
 * {@code <layer>/NN.tsv} (zip, space-separated codes) and {@code <layer>/divisions.tsv}.
 *
 * <p>The table lists every district that touches a ZCTA, slivers included, in no order. Given the
 * zip-sld crosswalk ({@code zips.json.gz}), whose {@code c} lists the same districts largest share
 * of the ZCTA's land first with those under 2% left out, each ZIP's districts are written in that
 * order, and the slivers after them (by code): the table says which districts, zip-sld which is
 * largest.
 */
final class CrosswalkImport {

  private final CongressIds ids;

  CrosswalkImport(CongressIds ids) {
    this.ids = ids;
  }

  int write(Path csv, Optional<Path> landOrder, Path dir) throws IOException {
    Map<String, TreeSet<String>> byZip = new TreeMap<>();
    Map<String, String> codes = new TreeMap<>();
    Map<String, String> fipsByState = new HashMap<>();
    int rows = 0;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : GeoImport.csv(r)) {
        rows++;
        String fips = rec.get("state_fips");
        ids.checkState(fips, rec.get("state_abbr"));
        fipsByState.put(rec.get("state_abbr"), fips);
        String geoid = fips + String.format("%02d", Integer.parseInt(rec.get("cd")));
        codes.computeIfAbsent(geoid, ids::id);
        byZip.computeIfAbsent(rec.get("zcta"), z -> new TreeSet<>()).add(geoid);
      }
    }
    Map<String, List<String>> order =
        landOrder.isPresent() ? largestFirst(landOrder.get(), fipsByState) : Map.of();
    TreeMap<String, String> lines = new TreeMap<>();
    byZip.forEach(
        (zip, set) -> {
          List<String> first = order.getOrDefault(zip, List.of());
          List<String> listed = new ArrayList<>(set);
          listed.sort(
              Comparator.comparingInt(
                  (String geoid) -> {
                    int rank = first.indexOf(geoid);
                    return rank < 0 ? first.size() : rank;
                  }));
          lines.put(zip, zip + "\t" + String.join(" ", listed));
        });
    GeoImport.writeChunks(dir, lines);
    GeoImport.writeDivisions(dir, codes, ids);
    return rows;
  }

  /** Each ZCTA's congressional districts from zip-sld's {@code c} ("CA-18", at-large "SD-0"). */
  private static Map<String, List<String>> largestFirst(Path json, Map<String, String> fips)
      throws IOException {
    JsonNode zips;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(json))) {
      zips = new ObjectMapper().readTree(in).path("zips");
    }
    Map<String, List<String>> order = new HashMap<>();
    zips.fields()
        .forEachRemaining(
            zip -> {
              List<String> geoids = new ArrayList<>();
              for (JsonNode c : zip.getValue().path("c")) {
                String text = c.asText();
                int dash = text.lastIndexOf('-');
                String state = fips.get(text.substring(0, Math.max(0, dash)));
                if (state != null) {
                  geoids.add(
                      state + String.format("%02d", Integer.parseInt(text.substring(dash + 1))));
                }
              }
              order.put(zip.getKey(), geoids);
            });
    return order;
  }
}
