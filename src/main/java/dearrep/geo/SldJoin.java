package dearrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Joins Census state legislative districts (TIGER {@code NAMELSAD} and district code) to the Open
 * States division ids of {@code openstates-metadata/districts.csv}.
 *
 * <p>Names are compared after {@link #key}: lower case, punctuation, the word "and" and the words
 * that name the chamber ("State Senate District", "Assembly", "Legislative (House)") dropped,
 * leading zeros of numbers dropped, spaces removed. So "State House District Hillsborough 13" is
 * {@code hillsborough13} like "Hillsborough 13", "Berkshire-Hampden-Franklin-Hampshire District" is
 * the Open States "Berkshire, Hampden, Franklin and Hampshire", and VT's "Chittenden South East" is
 * "Chittenden Southeast". What a plain join cannot do is written as rules in the inputs file
 * ({@code join}): codes that are not districts (TIGER's {@code ZZZ} water areas), chambers where
 * one boundary holds seats A and B (Idaho's House), and chambers with a stated number of divisions
 * that have no boundary at all (New Hampshire's floterial districts).
 */
final class SldJoin {

  private static final Pattern CHAMBER_WORDS =
      Pattern.compile(
          "\\b(districts?|state|house|senate|assembly|legislative|delegate|senatorial|and|not"
              + " defined)\\b");
  private static final Pattern LEADING_ZEROS = Pattern.compile("\\b0+(?=[0-9a-z])");

  /** One division row of districts.csv. */
  record Row(String state, String chamber, String district, String id) {}

  private final Map<String, Map<String, Row>> byChamber = new HashMap<>();
  private final Map<String, List<Row>> rowsByChamber = new HashMap<>();
  private final Map<String, String> notDistricts = new LinkedHashMap<>();
  private final Map<String, String> seatsByLetter = new LinkedHashMap<>();
  private final Map<String, JsonNode> noBoundary = new LinkedHashMap<>();

  SldJoin(Path districtsCsv, JsonNode rules) throws IOException {
    try (Reader r = Files.newBufferedReader(districtsCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : GeoImport.csv(r)) {
        Row row =
            new Row(
                rec.get("state"), rec.get("chamber"), rec.get("district"), rec.get("division_id"));
        String chamber = row.state() + "-" + row.chamber();
        rowsByChamber.computeIfAbsent(chamber, k -> new ArrayList<>()).add(row);
        byChamber.computeIfAbsent(chamber, k -> new HashMap<>()).put(key(row.district()), row);
      }
    }
    rules
        .path("notDistricts")
        .fields()
        .forEachRemaining(e -> notDistricts.put(e.getKey(), e.getValue().asText()));
    rules
        .path("seatsByLetter")
        .fields()
        .forEachRemaining(e -> seatsByLetter.put(e.getKey(), e.getValue().asText()));
    rules
        .path("noBoundary")
        .fields()
        .forEachRemaining(e -> noBoundary.put(e.getKey(), e.getValue()));
  }

  /** How many division rows were read. */
  int rows() {
    return rowsByChamber.values().stream().mapToInt(List::size).sum();
  }

  /** A chamber as TIGER names it ({@code upper}) to Open States' ({@code unicameral} for NE). */
  String chamber(String state, String tigerChamber) {
    if (tigerChamber.equals("upper")
        && !byChamber.containsKey(state + "-upper")
        && byChamber.containsKey(state + "-unicameral")) {
      return "unicameral";
    }
    return tigerChamber;
  }

  /**
   * Why a district code is not a district ({@code ZZZ}: water and unassigned areas), if it is not.
   */
  Optional<String> notADistrict(String code) {
    return Optional.ofNullable(notDistricts.get(code));
  }

  /**
   * The division ids of one boundary: one id, or the seats A and B a rule gives.
   *
   * @throws IllegalArgumentException naming the state, chamber, code and name when nothing matches
   */
  List<String> ids(String state, String chamber, String code, String name) {
    String ch = state + "-" + chamber;
    Map<String, Row> table = byChamber.getOrDefault(ch, Map.of());
    Row row = table.get(key(name));
    if (row == null) {
      row = table.get(key(code));
    }
    if (row != null) {
      return List.of(row.id());
    }
    if (seatsByLetter.containsKey(ch)) {
      List<String> seats = new ArrayList<>();
      for (String letter : new String[] {"a", "b", "c"}) {
        Row seat = table.get(key(code) + letter);
        if (seat != null) {
          seats.add(seat.id());
        }
      }
      if (!seats.isEmpty()) {
        return List.copyOf(seats);
      }
    }
    throw new IllegalArgumentException(
        "join broken: "
            + ch
            + " district "
            + code
            + " (\""
            + name
            + "\") matches no division of openstates-metadata/districts.csv");
  }

  /** Every division of a chamber, in file order. */
  List<Row> divisions(String state, String chamber) {
    return rowsByChamber.getOrDefault(state + "-" + chamber, List.of());
  }

  /**
   * Checks the divisions of a chamber that no boundary reached: none, or exactly as many as a rule
   * explains. Returns the explanation (empty when none were left).
   *
   * @throws IllegalArgumentException when the left-over divisions are not explained
   */
  Optional<String> checkLeftOver(String state, String chamber, Set<String> reached) {
    List<String> left = new ArrayList<>();
    for (Row row : divisions(state, chamber)) {
      if (!reached.contains(row.id())) {
        left.add(row.district());
      }
    }
    if (left.isEmpty()) {
      return Optional.empty();
    }
    JsonNode rule = noBoundary.get(state + "-" + chamber);
    if (rule != null && rule.path("count").asInt() == left.size()) {
      return Optional.of(rule.path("why").asText());
    }
    throw new IllegalArgumentException(
        "join broken: "
            + state
            + "-"
            + chamber
            + " has "
            + left.size()
            + " divisions with no boundary: "
            + new TreeSet<>(left));
  }

  /** The rule that explains a chamber's seats A and B, when there is one. */
  Optional<String> seatsRule(String state, String chamber) {
    return Optional.ofNullable(seatsByLetter.get(state + "-" + chamber));
  }

  static String key(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ");
    s = CHAMBER_WORDS.matcher(s).replaceAll(" ");
    s = LEADING_ZEROS.matcher(s.strip()).replaceAll("");
    return s.replace(" ", "");
  }
}
