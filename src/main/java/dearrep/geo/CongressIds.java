package dearrep.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Census congressional GEOIDs ({@code 0616}) to OCD division ids, from the ocd-division-ids table
 * ({@code census_geoid} {@code cd-0616}). At-large seats carry no GEOID there, so {@code XX00} and
 * the delegate code {@code XX98} resolve through the state's FIPS code to its current {@code
 * cd:at-large} id. State FIPS codes come from the Open States chamber table.
 */
final class CongressIds {

  private static final Pattern STATE = Pattern.compile("/(?:state|territory|district):([a-z]{2})/");

  private final Map<String, String> byGeoid = new HashMap<>();
  private final Map<String, String> atLargeByState = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> stateByFips = new HashMap<>();
  int rows;

  CongressIds(Path csv, Path chambers) throws IOException {
    try (Reader r = Files.newBufferedReader(chambers, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
        stateByFips.put(rec.get("fips"), rec.get("state").toLowerCase(Locale.ROOT));
      }
    }
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
        rows++;
        if (!rec.get("validThrough").isBlank()) {
          continue; // obsolete districts (CA-53 until 2023, Montana at-large)
        }
        String id = rec.get("id");
        String state = stateOf(id);
        names.put(id, rec.get("name"));
        String geoid = rec.get("census_geoid");
        if (geoid.startsWith("cd-")) {
          byGeoid.put(geoid.substring(3), id);
        }
        if (id.endsWith("/cd:at-large")) {
          atLargeByState.put(state, id);
        }
      }
    }
  }

  /** Checks a source's own FIPS → state pairing against the table. */
  void checkState(String fips, String state) {
    if (!state(fips).equalsIgnoreCase(state)) {
      throw new IllegalArgumentException("FIPS " + fips + " is " + state(fips) + ", not " + state);
    }
  }

  /** Lower-case state code of a FIPS code. */
  String state(String fips) {
    String st = stateByFips.get(fips);
    if (st == null) {
      throw new IllegalArgumentException("no state known for FIPS " + fips);
    }
    return st;
  }

  /** The current OCD id of a GEOID. */
  String id(String geoid) {
    String id = byGeoid.get(geoid);
    if (id == null && (geoid.endsWith("00") || geoid.endsWith("98"))) {
      id = atLargeByState.get(state(geoid.substring(0, 2)));
    }
    if (id == null) {
      throw new IllegalArgumentException("no OCD division id for congressional GEOID " + geoid);
    }
    return id;
  }

  int states() {
    return stateByFips.size();
  }

  String name(String id) {
    return names.getOrDefault(id, "");
  }

  static String stateOf(String id) {
    Matcher m = STATE.matcher(id);
    if (!m.find()) {
      throw new IllegalArgumentException("no state in " + id);
    }
    return m.group(1);
  }
}
