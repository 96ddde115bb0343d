package dearrep.data;

import dearrep.model.Chamber;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The chamber table's CSV form: the upstream {@code openstates-metadata/chambers.csv} and the
 * bundled {@code chambers.csv} share its columns.
 */
public final class ChamberCsv {

  private ChamberCsv() {}

  /** Every chamber by state code, in table order. */
  public static Map<String, List<Chamber>> read(InputStream in) {
    Map<String, List<Chamber>> byState = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        var parser = format.parse(reader)) {
      for (CSVRecord r : parser) {
        Chamber chamber = chamber(r);
        byState.computeIfAbsent(chamber.state(), k -> new ArrayList<>()).add(chamber);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byState.replaceAll((k, v) -> List.copyOf(v));
    return byState;
  }

  /** One row of the table. */
  static Chamber chamber(CSVRecord r) {
    return new Chamber(
        r.get("state"),
        r.get("state_name"),
        r.get("fips"),
        r.get("legislature"),
        Boolean.parseBoolean(r.get("unicameral")),
        r.get("chamber"),
        r.get("chamber_name"),
        r.get("member_title"),
        Integer.parseInt(r.get("seats")));
  }
}
