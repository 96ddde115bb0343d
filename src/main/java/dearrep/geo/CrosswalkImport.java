package dearrep.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * A ZCTA → congressional district table ({@code state_fips,state_abbr,zcta,cd}; at-large is 0) to
 * {@code <layer>/NN.tsv} (zip, space-separated codes) and {@code <layer>/divisions.tsv}.
 */
final class CrosswalkImport {

  private final CongressIds ids;

  CrosswalkImport(CongressIds ids) {
    this.ids = ids;
  }

  int write(Path csv, Path dir) throws IOException {
    Map<String, TreeSet<String>> byZip = new TreeMap<>();
    Map<String, String> codes = new TreeMap<>();
    int rows = 0;
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : GeoImport.csv(r)) {
        rows++;
        String fips = rec.get("state_fips");
        ids.checkState(fips, rec.get("state_abbr"));
        String geoid = fips + String.format("%02d", Integer.parseInt(rec.get("cd")));
        codes.computeIfAbsent(geoid, ids::id);
        byZip.computeIfAbsent(rec.get("zcta"), z -> new TreeSet<>()).add(geoid);
      }
    }
    TreeMap<String, String> lines = new TreeMap<>();
    byZip.forEach((zip, set) -> lines.put(zip, zip + "\t" + String.join(" ", set)));
    GeoImport.writeChunks(dir, lines);
    GeoImport.writeDivisions(dir, codes, ids);
    return rows;
  }
}
