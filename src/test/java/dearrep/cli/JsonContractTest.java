package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.testing.GoldenFile;
import dearrep.testing.JsonShape;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented JSON of each command, as a contract: the shape (every field path and its types) is
 * compared with {@code src/test/resources/golden/json/*.txt}, so renaming or dropping a field fails
 * here. A field added on purpose is taken in with {@code mvn test -Dgolden.update=true} (then
 * review the diff and document the field in the README's JSON section).
 */
class JsonContractTest {

  /** Objects whose keys are data (state codes, person ids, reasons), not field names. */
  private static final Set<String> MAPS =
      Set.of(
          "states",
          "totals",
          "states.*",
          "ids",
          "members[].person.ids",
          "person.ids",
          "lettersByRecipient",
          "lettersByTopic",
          "failedByReason");

  private static void assertShape(String name, String... args) {
    assertShape(0, name, args);
  }

  private static void assertShape(int exitCode, String name, String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    GoldenFile.assertMatches("json/" + name + ".txt", JsonShape.of(r.out(), MAPS));
  }

  @Test
  void lookupOfADistrict() {
    assertShape("lookup-district", "lookup", "CA-AD25", "--json");
  }

  @Test
  void lookupOfAStatewideQueryWithVacancies() {
    assertShape("lookup-statewide", "lookup", "CA", "--json");
  }

  @Test
  void lookupOfAVacantSeat() {
    // FL-HD78 is vacant in the bundled Open States snapshot (until 2026-12-05)
    assertShape("lookup-vacant", "lookup", "FL-HD78", "--json");
  }

  @Test
  void lookupByName() {
    assertShape("lookup-name", "lookup", "--name", "kalra", "--json");
  }

  @Test
  void lookupByZip() {
    assertShape("lookup-zip", "lookup", "--zip", "95112", "--json");
  }

  @Test
  void lookupByPoint() {
    assertShape("lookup-point", "lookup", "--lat", "37.3377", "--lon", "-121.8853", "--json");
  }

  @Test
  void showOnePerson() {
    assertShape("show", "show", "ocd-person/820619fd-d053-4915-b099-1d134a880228", "--json");
  }

  @Test
  void topicsAndOneTopic() {
    assertShape("topics", "topics", "--json");
    assertShape("topics-show", "topics", "show", "police-staffing", "--json");
  }

  @Test
  void letterAndScript() {
    String[] who = {"--to", "CA-AD25", "--topic", "police-staffing", "--name", "José Peña"};
    assertShape("letter", concat(new String[] {"letter", "--json", "--zip", "95113"}, who));
    assertShape("script", concat(new String[] {"script", "--json", "--zip", "95113"}, who));
  }

  private static String[] concat(String[] a, String[] b) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .toArray(String[]::new);
  }

  @Test
  void dataInfo() {
    assertShape("data-info", "data", "info", "--json");
  }

  @Test
  void batchSummary(@TempDir Path out) {
    Path csv = Path.of("src/test/resources/csv/clean.csv").toAbsolutePath();
    assertShape("batch", "batch", csv.toString(), "-o", out.resolve("out").toString(), "--json");
    Path messy = Path.of("src/test/resources/csv/messy-rows.csv").toAbsolutePath();
    assertShape(
        4,
        "batch-failed-rows",
        "batch",
        messy.toString(),
        "-o",
        out.resolve("messy").toString(),
        "--topic",
        "police-staffing",
        "--json");
  }

  @Test
  void aRenamedFieldWouldFailTheContract() {
    String shape = JsonShape.of("{\"query\":\"CA-AD25\",\"vacantSeats\":0}", Set.of());
    assertThat(shape).isEqualTo(".: object\nquery: string\nvacantSeats: number\n");
    assertThat(JsonShape.of("{\"question\":\"CA-AD25\",\"vacantSeats\":0}", Set.of()))
        .isNotEqualTo(shape);
  }
}
