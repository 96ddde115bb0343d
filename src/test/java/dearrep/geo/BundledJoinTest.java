package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.lookup.Directory;
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
import org.junit.jupiter.api.Test;

/**
 * Every state's join of the bundled legislative boundaries to the people data's divisions, read
 * from the bundle as the jar reads it: each boundary maps to exactly one division of its state and
 * chamber (or to the seats a rule names, listed in {@code join.tsv}), and every legislative
 * division of a state with lines has a boundary or an explained entry in {@code join.tsv}.
 */
class BundledJoinTest {

  private final GeoFiles files = GeoFiles.bundled();
  private final Directory directory = Directory.bundled();

  @Test
  void everyBoundaryMapsToOneDivisionOfItsStateAndChamber() throws IOException {
    int boundaries = 0;
    for (String layer : List.of("sldu", "sldl")) {
      Set<String> explainedSeats = new HashSet<>();
      for (String[] row : rows("geo/" + layer + "/join.tsv")) {
        if (row[0].equals("seats")) {
          explainedSeats.add(row[3].split(" ")[0]);
        }
      }
      for (String[] row : rows("geo/" + layer + "/divisions.tsv")) {
        boundaries++;
        String geoid = row[0];
        String[] ids = row[1].split(" ");
        assertThat(ids.length == 1 || explainedSeats.contains(geoid))
            .as("%s %s maps to %d divisions with no rule", layer, geoid, ids.length)
            .isTrue();
        for (String id : ids) {
          Division d = division(id);
          assertThat(d).as("%s %s → %s is not in the people data", layer, geoid, id).isNotNull();
          assertThat(d.kind()).as("%s %s → %s", layer, geoid, id).isEqualTo(layer);
        }
      }
    }
    assertThat(boundaries).isEqualTo(6785 - 10); // the 10 ZZZ water areas are not districts
  }

  @Test
  void everyLegislativeDivisionOfAStateWithLinesHasABoundaryOrAReason() throws IOException {
    Map<String, Set<String>> covered = new HashMap<>();
    Map<String, Set<String>> statesWithLines = new HashMap<>();
    List<String> unexplained = new ArrayList<>();
    for (String layer : List.of("sldu", "sldl")) {
      Set<String> reached = covered.computeIfAbsent(layer, k -> new HashSet<>());
      for (String[] row : rows("geo/" + layer + "/divisions.tsv")) {
        reached.addAll(List.of(row[1].split(" ")));
      }
      for (String[] row : rows("geo/" + layer + "/join.tsv")) {
        if (row[0].equals("division")) {
          assertThat(row[4]).as("reason for %s", row[3]).isNotBlank();
          reached.add(row[3]);
        }
      }
      Set<String> states = statesWithLines.computeIfAbsent(layer, k -> new HashSet<>());
      for (String[] row : rows("geo/" + layer + "/states.tsv")) {
        states.add(row[0].toUpperCase(Locale.ROOT));
      }
    }
    int checked = 0;
    for (String st : directory.stateCodes()) {
      for (Division d : directory.state(st).divisions()) {
        String layer = d.kind();
        if (!statesWithLines.containsKey(layer) || !statesWithLines.get(layer).contains(st)) {
          continue;
        }
        checked++;
        if (!covered.get(layer).contains(d.id())) {
          unexplained.add(d.id());
        }
      }
    }
    assertThat(unexplained).isEmpty();
    assertThat(checked).isGreaterThan(6800);
    assertThat(statesWithLines.get("sldu")).hasSize(50);
    assertThat(statesWithLines.get("sldl")).hasSize(49).doesNotContain("NE");
  }

  private Division division(String id) {
    String st = dearrep.lookup.Divisions.stateOf(id).orElseThrow();
    return directory.state(st).divisions().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  private List<String[]> rows(String path) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = files.open(path).orElseThrow();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
