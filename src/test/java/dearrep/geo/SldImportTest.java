package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state legislative import over trimmed real TIGER files: each pattern of the join (named
 * districts, punctuation and "and", Idaho's seats A and B, Nebraska's unicameral, TIGER's ZZZ water
 * areas, New Hampshire's floterial districts) and a broken join that stops the import.
 */
class SldImportTest {

  private final Path geo = FixtureBundle.dataDir().resolve("geo");

  private List<String> divisions(String layer) throws IOException {
    return Files.readAllLines(geo.resolve(layer + "/divisions.tsv"));
  }

  @Test
  void joinsNumberedAndNamedDistrictsToOpenStatesDivisions() throws IOException {
    assertThat(divisions("sldl"))
        .contains(
            "06025\tocd-division/country:us/state:ca/sldl:25\tAssembly District 25",
            "33618\tocd-division/country:us/state:nh/sldl:merrimack_18"
                + "\tState House District Merrimack 18",
            "25006\tocd-division/country:us/state:ma/sldl:barnstable_dukes_and_nantucket"
                + "\tBarnstable-Dukes-Nantucket District");
    assertThat(divisions("sldu"))
        .contains(
            "25D01\tocd-division/country:us/state:ma/sldu:berkshire_hampden_franklin_and_hampshire"
                + "\tBerkshire-Hampden-Franklin-Hampshire District",
            "50CHS\tocd-division/country:us/state:vt/sldu:chittenden-southeast"
                + "\tChittenden South East Senatorial District",
            "31028\tocd-division/country:us/state:ne/sldu:28\tState Senate District 28");
  }

  @Test
  void oneIdahoBoundaryHoldsSeatsAAndB() throws IOException {
    assertThat(divisions("sldl"))
        .contains(
            "16008\tocd-division/country:us/state:id/sldl:8a ocd-division/country:us/state:id/sldl:8b"
                + "\tState House District 8");
  }

  @Test
  void theReportExplainsWaterAreasAndDivisionsWithNoLines() throws IOException {
    List<String> report = Files.readAllLines(geo.resolve("sldl/join.tsv"));
    assertThat(report)
        .anyMatch(l -> l.startsWith("feature\tMA\tlower\t25ZZZ") && l.contains("water"))
        .anyMatch(l -> l.startsWith("seats\tID\tlower\t16008"))
        .anyMatch(
            l ->
                l.startsWith(
                        "division\tNH\tlower\tocd-division/country:us/state:nh/sldl:merrimack_25")
                    && l.contains("floterial"));
    assertThat(divisions("sldl")).noneMatch(l -> l.contains("ZZZ"));
  }

  @Test
  void theZipCrosswalkKeepsLandShareOrderAndPlacesDcWards() throws IOException {
    assertThat(Files.readAllLines(geo.resolve("sldl-zip/95.tsv")))
        .contains("95112\t06025 06024", "95113\t06025", "95125\t06028 06025 06026");
    assertThat(Files.readAllLines(geo.resolve("sldu-zip/20.tsv")))
        .containsExactly("20001\t11002 11001 11006 11005");
    assertThat(divisions("sldu-zip"))
        .contains("11001\tocd-division/country:us/district:dc/ward:1\tWard 1");
  }

  @Test
  void aBrokenJoinStopsTheImportNamingTheState(@TempDir Path tmp)
      throws IOException, URISyntaxException {
    Path upstream = copyOfUpstream(tmp.resolve("upstream"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode inputs = (ObjectNode) json.readTree(upstream.resolve("geo-inputs.json").toFile());
    ((ObjectNode) inputs.path("join")).remove("seatsByLetter");
    json.writeValue(upstream.resolve("geo-inputs.json").toFile(), inputs);
    assertThatThrownBy(
            () -> GeoImport.run(upstream, tmp.resolve("data"), upstream.resolve("geo-inputs.json")))
        .hasMessageContaining("join broken: ID-lower district 008");
  }

  @Test
  void aDivisionLeftWithoutLinesAndNoRuleStopsTheImport(@TempDir Path tmp)
      throws IOException, URISyntaxException {
    Path upstream = copyOfUpstream(tmp.resolve("upstream"));
    ObjectMapper json = new ObjectMapper();
    ObjectNode inputs = (ObjectNode) json.readTree(upstream.resolve("geo-inputs.json").toFile());
    ((ObjectNode) inputs.path("join")).remove("noBoundary");
    json.writeValue(upstream.resolve("geo-inputs.json").toFile(), inputs);
    assertThatThrownBy(
            () -> GeoImport.run(upstream, tmp.resolve("data"), upstream.resolve("geo-inputs.json")))
        .hasMessageContaining("NH-lower has 1 divisions with no boundary: [Merrimack 25]");
  }

  @Test
  void namesAreComparedWithoutChamberWordsPunctuationOrAnd() {
    assertThat(SldJoin.key("Berkshire-Hampden-Franklin-Hampshire District"))
        .isEqualTo(SldJoin.key("Berkshire, Hampden, Franklin and Hampshire"));
    assertThat(SldJoin.key("Chittenden South East Senatorial District"))
        .isEqualTo(SldJoin.key("Chittenden Southeast"));
    assertThat(SldJoin.key("State House District 21A")).isEqualTo(SldJoin.key("21A"));
    assertThat(SldJoin.key("Legislative (Senate) District 030")).isEqualTo("30");
    assertThat(SldJoin.key("12A")).isNotEqualTo(SldJoin.key("12B"));
  }

  private static Path copyOfUpstream(Path to) throws IOException, URISyntaxException {
    Path from = Path.of(SldImportTest.class.getResource("/geo/upstream").toURI());
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
