package dearrep.geo;

import dearrep.data.BundleCheck.Problem;
import dearrep.data.BundleCheck.Severity;
import dearrep.model.Division;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The join of the boundary layers to the people data, for {@code data check}: every boundary that
 * maps to no division (TIGER's water areas, or a division the people data lacks) and every
 * legislative division, in a state the layer has lines for, with no boundary (explained by the
 * import's report, {@code join.tsv}, or an error).
 */
public final class BoundaryCheck {

  private BoundaryCheck() {}

  /** Checks every boundary layer of {@code geo} against {@code divisions} (all states). */
  public static List<Problem> check(GeoFiles files, GeoLayers layers, List<Division> divisions) {
    Map<String, Division> byId = new HashMap<>();
    divisions.forEach(d -> byId.put(d.id(), d));
    List<Problem> problems = new ArrayList<>();
    for (GeoLayer layer : layers.boundaries()) {
      Set<String> reached = new HashSet<>();
      Map<String, String> explained = new HashMap<>();
      for (String[] row : rows(files, layer.divisions())) {
        for (String id : row[1].split(" ")) {
          reached.add(id);
          if (!byId.containsKey(id)) {
            problems.add(
                new Problem(
                    Severity.ERROR,
                    stateOf(id),
                    layer.id() + " " + row[0],
                    "boundary " + name(row) + " maps to " + id + ", which the people data lacks"));
          }
        }
      }
      String report = layer.path() + "join.tsv";
      for (String[] row : rows(files, report)) {
        if (row.length < 5) {
          continue;
        }
        switch (row[0]) {
          case "feature" ->
              problems.add(
                  new Problem(
                      Severity.WARNING,
                      row[1],
                      layer.id() + " " + row[3],
                      "boundary maps to no division: " + row[4]));
          case "division" -> explained.put(row[3], row[4]);
          default -> {}
        }
      }
      Set<String> states = new HashSet<>();
      for (String[] row : rows(files, layer.path() + "states.tsv")) {
        states.add(row[0].toUpperCase(Locale.ROOT));
      }
      for (Division d : divisions) {
        if (!d.kind().equals(layer.kind())
            || !states.contains(d.state())
            || reached.contains(d.id())) {
          continue;
        }
        String why = explained.get(d.id());
        problems.add(
            new Problem(
                why == null ? Severity.ERROR : Severity.WARNING,
                d.state(),
                d.id(),
                "division has no boundary in " + layer.id() + (why == null ? "" : ": " + why)));
      }
    }
    return List.copyOf(problems);
  }

  private static String name(String[] row) {
    return row.length > 2 && !row[2].isEmpty() ? row[0] + " (" + row[2] + ")" : row[0];
  }

  private static String stateOf(String id) {
    int at = id.indexOf("state:");
    return at < 0
        ? ""
        : id.substring(at + 6, Math.min(id.length(), at + 8)).toUpperCase(Locale.ROOT);
  }

  private static List<String[]> rows(GeoFiles files, String path) {
    List<String[]> rows = new ArrayList<>();
    try {
      var opened = files.open(path);
      if (opened.isEmpty()) {
        return rows;
      }
      try (InputStream in = opened.get();
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw GeoException.data("cannot read " + path + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
