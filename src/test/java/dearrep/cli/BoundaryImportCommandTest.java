package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import boundaries}: San José's 2016 council lines (a real file, a test fixture only:
 * the city redrew its districts in 2022) as a user layer, and the faults a user's file can have,
 * each made from the real file.
 */
class BoundaryImportCommandTest {

  private static final String JURISDICTION =
      "ocd-jurisdiction/country:us/state:ca/place:san_jose/government";

  @TempDir Path tmp;

  private static Path fixture() throws URISyntaxException {
    return Path.of(
        BoundaryImportCommandTest.class
            .getResource("/geo/user/sanjose-council-2016.geojson")
            .toURI());
  }

  private Cli.Result importFile(Path file, Path folder) {
    return Cli.run(
        "data",
        "import",
        "boundaries",
        file.toString(),
        "--jurisdiction",
        JURISDICTION,
        "--district-property",
        "DISTRICTS",
        "--data-dir",
        folder.toString());
  }

  /** The fixture with one change made to its JSON. */
  private Path variant(String name, java.util.function.Consumer<ObjectNode> change)
      throws IOException, URISyntaxException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(fixture().toFile());
    change.accept(root);
    Path file = tmp.resolve(name);
    json.writeValue(file.toFile(), root);
    return file;
  }

  @Test
  void aGoodFileBecomesALayerAndPlacesTheCouncilMember() throws Exception {
    Path folder = tmp.resolve("mine");
    Cli.Result r = importFile(fixture(), folder);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 10 districts as layer ca-san-jose");
    assertThat(folder.resolve("geo/layers.json")).exists();
    assertThat(folder.resolve("geo/ca-san-jose/ca.bin")).exists();

    // San José City Hall lies in council district 3 on these lines
    Cli.Result point =
        Cli.run(
            "lookup",
            "--lat",
            "37.3377",
            "--lon",
            "-121.8853",
            "--data-dir",
            folder.toString(),
            "--no-color");
    assertThat(point.exitCode()).isZero();
    assertThat(point.out())
        .contains("San Jose council districts")
        .contains("Councilmember Carl Salas (District 3)")
        .contains("from your boundary layer ca-san-jose")
        .contains("Mayor Matt Mahan");

    Cli.Result info = Cli.run("data", "info", "--data-dir", folder.toString(), "--no-color");
    assertThat(info.out())
        .contains("Your boundary layers")
        .contains("San Jose council districts")
        .contains("user:sanjose-council-2016.geojson");

    // Without the layer, the same point has no council seat
    assertThat(Cli.run("lookup", "--lat", "37.3377", "--lon", "-121.8853").out())
        .doesNotContain("Councilmember");
  }

  @Test
  void brokenGeometryIsRefusedNamingTheFeature() throws Exception {
    // District 3's shell becomes a bow tie: its first four points in crossed order
    Path file =
        variant(
            "bowtie.geojson",
            root -> {
              for (JsonNode f : root.path("features")) {
                if (f.path("properties").path("DISTRICTS").asText().equals("3")) {
                  ArrayNode ring = (ArrayNode) f.path("geometry").path("coordinates").get(0);
                  JsonNode a = ring.get(0);
                  JsonNode c = ring.get(ring.size() / 2);
                  JsonNode b = ring.get(ring.size() / 4);
                  JsonNode d = ring.get(3 * ring.size() / 4);
                  ring.removeAll();
                  ring.add(a).add(c).add(b).add(d).add(a);
                }
              }
            });
    Path folder = tmp.resolve("mine");
    Cli.Result r = importFile(file, folder);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("bowtie.geojson: feature 4 (DISTRICTS=3): invalid geometry")
        .contains("Self-intersection")
        .contains("Fix geometries");
    assertThat(folder.resolve("geo")).doesNotExist();
  }

  @Test
  void aProjectedCrsIsRefused() throws Exception {
    Path file =
        variant(
            "feet.geojson",
            root ->
                root.putObject("crs")
                    .put("type", "name")
                    .putObject("properties")
                    .put("name", "urn:ogc:def:crs:EPSG::2227"));
    Cli.Result r = importFile(file, tmp.resolve("mine"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("feet.geojson: coordinates are in urn:ogc:def:crs:EPSG::2227")
        .contains("EPSG:4326");
  }

  @Test
  void projectedCoordinatesWithoutACrsAreRefused() throws Exception {
    Path file =
        variant(
            "meters.geojson",
            root -> {
              ArrayNode ring =
                  (ArrayNode)
                      root.path("features").get(0).path("geometry").path("coordinates").get(0);
              ((ArrayNode) ring.get(1)).set(0, 6_100_000.0);
            });
    Cli.Result r = importFile(file, tmp.resolve("mine"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not a longitude/latitude").contains("EPSG:4326");
  }

  @Test
  void aFeatureThatMapsToNoDistrictIsRefused() throws Exception {
    Path file =
        variant(
            "eleven.geojson",
            root ->
                ((ObjectNode) root.path("features").get(0).path("properties"))
                    .put("DISTRICTS", "11"));
    Cli.Result r = importFile(file, tmp.resolve("mine"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("eleven.geojson: feature 1 (DISTRICTS=11) maps to")
        .contains("place:san_jose/council_district:11, which the people data does not have");
  }

  @Test
  void aMissingPropertyAndARepeatedDistrictAreRefused() throws Exception {
    Cli.Result noProperty =
        Cli.run(
            "data",
            "import",
            "boundaries",
            fixture().toString(),
            "--jurisdiction",
            JURISDICTION,
            "--district-property",
            "WARD",
            "--data-dir",
            tmp.resolve("mine").toString());
    assertThat(noProperty.exitCode()).isEqualTo(2);
    assertThat(noProperty.err()).contains("feature 1 has no WARD property").contains("DISTRICTS");
    Path twice =
        variant(
            "twice.geojson",
            root ->
                ((ObjectNode) root.path("features").get(1).path("properties"))
                    .put("DISTRICTS", "10"));
    Cli.Result r = importFile(twice, tmp.resolve("mine"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("feature 2 (DISTRICTS=10) repeats district 10");
  }

  @Test
  void malformedJsonNamesTheLine() throws Exception {
    Path file = tmp.resolve("cut.geojson");
    Files.writeString(file, "{\"type\": \"FeatureCollection\",\n \"features\": [\n {oops}]}");
    Cli.Result r = importFile(file, tmp.resolve("mine"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cut.geojson: line 3: not valid JSON");
  }
}
