package dearrep.data;

import dearrep.model.Chamber;
import dearrep.model.Division;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The Open States metadata tables: every chamber ({@code chambers.csv}) and every legislative
 * district with its division id and seats ({@code districts.csv}).
 *
 * <p>Open States people files call a unicameral chamber {@code legislature}; the tables call it
 * {@code unicameral}. Lookups here accept either.
 */
final class ChamberTable {

  static final String[] CHAMBER_COLUMNS = {
    "state",
    "state_name",
    "fips",
    "legislature",
    "unicameral",
    "chamber",
    "chamber_name",
    "member_title",
    "seats"
  };

  private final Map<String, Chamber> chambers = new LinkedHashMap<>();
  private final Map<String, Division> districts = new LinkedHashMap<>();

  private ChamberTable() {}

  /** A table without chambers or districts (user files map local and executive roles only). */
  static ChamberTable empty() {
    return new ChamberTable();
  }

  /**
   * The table as a bundle already holds it: its chambers and the legislative districts among its
   * divisions. {@code data update} imports with it, since the people archives carry no tables.
   */
  static ChamberTable of(List<Chamber> chambers, List<Division> divisions) {
    ChamberTable table = new ChamberTable();
    for (Chamber c : chambers) {
      table.chambers.put(key(c.state(), c.chamber()), c);
    }
    for (Division d : divisions) {
      if (d.chamber() != null && d.district() != null && !d.chamber().equals("us-house")) {
        table.districts.put(districtKey(d.state(), d.chamber(), d.district()), d);
      }
    }
    return table;
  }

  static ChamberTable read(Path metadataDir) throws IOException {
    ChamberTable table = new ChamberTable();
    for (CSVRecord row : rows(metadataDir.resolve("chambers.csv"))) {
      Chamber chamber = ChamberCsv.chamber(row);
      table.chambers.put(key(chamber.state(), chamber.chamber()), chamber);
    }
    for (CSVRecord row : rows(metadataDir.resolve("districts.csv"))) {
      String state = row.get("state");
      String chamber = row.get("chamber");
      String name = row.get("district");
      String id = row.get("division_id");
      Division division =
          new Division(
              id,
              table.divisionName(state, chamber, name),
              state,
              StateDivisions.kind(id),
              chamber,
              name,
              Integer.parseInt(row.get("seats")));
      table.districts.put(districtKey(state, chamber, name), division);
    }
    return table;
  }

  /** The chamber of a state; {@code type} is an Open States role type or a table chamber. */
  Optional<Chamber> chamber(String state, String type) {
    return Optional.ofNullable(chambers.get(key(state, tableChamber(type))));
  }

  /**
   * The district division of a legislative seat. District names match exactly, then ignoring case
   * and leading zeros ("025" is "25", "at-large" is "At-Large").
   */
  Optional<Division> district(String state, String type, String district) {
    return Optional.ofNullable(districts.get(districtKey(state, tableChamber(type), district)));
  }

  /** Every district of a state, in table order. */
  List<Division> districts(String state) {
    return districts.values().stream().filter(d -> d.state().equals(state)).toList();
  }

  /** Every chamber, in table order. */
  List<Chamber> chambers() {
    return List.copyOf(chambers.values());
  }

  /** The state's full name from the chamber table ("California"), if it has a chamber. */
  Optional<String> stateName(String state) {
    return chambers.values().stream()
        .filter(c -> c.state().equals(state))
        .map(Chamber::stateName)
        .findFirst();
  }

  /** Number of district rows read. */
  int districtCount() {
    return districts.size();
  }

  /** Writes the chamber table with the upstream columns. */
  void writeChambers(Writer out) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader(CHAMBER_COLUMNS).setRecordSeparator('\n').get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Chamber c : chambers.values()) {
        printer.printRecord(
            c.state(),
            c.stateName(),
            c.fips(),
            c.legislature(),
            c.unicameral() ? "True" : "False",
            c.chamber(),
            c.chamberName(),
            c.memberTitle(),
            c.seats());
      }
    }
  }

  private String divisionName(String state, String chamber, String district) {
    Chamber c = chambers.get(key(state, chamber));
    String prefix =
        c == null
            ? state
            : c.unicameral() ? c.chamberName() : c.stateName() + " " + c.chamberName();
    return district.matches("\\d+") ? prefix + " district " + district : prefix + " " + district;
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new ArrayList<>(format.parse(reader).getRecords());
    }
  }

  private static String tableChamber(String type) {
    return type.equals("legislature") ? "unicameral" : type;
  }

  private static String key(String state, String chamber) {
    return state.toUpperCase(Locale.ROOT) + "|" + chamber;
  }

  private static String districtKey(String state, String chamber, String district) {
    return key(state, chamber) + "|" + normalizeDistrict(district);
  }

  static String normalizeDistrict(String district) {
    String d = district.strip().toLowerCase(Locale.ROOT);
    return d.matches("0+\\d+") ? d.replaceFirst("^0+", "") : d;
  }
}
