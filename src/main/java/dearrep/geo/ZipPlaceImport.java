package dearrep.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * GeoNames postal codes to {@code geo/zip/NN.tsv}: zip, city, county, state, lat, lon.
 *
 * <p>Two ZIPs appear twice upstream (a Hawaii base and its FPO row); the row with a state wins.
 * Military APO/FPO/DPO rows have no state; their USPS code (AA, AE, AP) is the last word of the
 * place name ("APO AE").
 */
final class ZipPlaceImport {

  private final Path csv;

  ZipPlaceImport(Path csv) {
    this.csv = csv;
  }

  int write(Path dir) throws IOException {
    TreeMap<String, String> rows = new TreeMap<>();
    TreeMap<String, Boolean> hasState = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : GeoImport.csv(r)) {
        String zip = rec.get("zipcode");
        if (!zip.matches("\\d{5}")) {
          throw new IllegalArgumentException("bad ZIP \"" + zip + "\" in " + csv);
        }
        String place = GeoImport.clean(rec.get("place"));
        String state = rec.get("state_code").strip();
        boolean stated = !state.isEmpty();
        if (!stated && place.matches("(APO|FPO|DPO) A[AEP]")) {
          state = place.substring(4);
        }
        if (rows.containsKey(zip) && (hasState.get(zip) || !stated)) {
          continue;
        }
        rows.put(
            zip,
            String.join(
                "\t",
                zip,
                place,
                GeoImport.clean(rec.get("province")),
                state,
                rec.get("latitude").strip(),
                rec.get("longitude").strip()));
        hasState.put(zip, stated);
      }
    }
    GeoImport.writeChunks(dir, rows);
    return rows.size();
  }
}
