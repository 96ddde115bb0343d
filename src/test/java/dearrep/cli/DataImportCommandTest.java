package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.data.DataImport;
import dearrep.geo.GeoImport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data import civicpatch} and {@code data import geo}, the entries scripts/update-data and
 * scripts/update-geo run, over the small real upstream excerpts: they write what the importers
 * themselves write, byte for byte, and name a missing input with its fix.
 */
class DataImportCommandTest {

  @TempDir Path tmp;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DataImportCommandTest.class.getResource(name).toURI());
  }

  @Test
  void civicPatchWritesWhatTheImporterWrites() throws Exception {
    Path upstream = resource("/upstream");
    Path byCli = tmp.resolve("cli");
    Cli.Result r =
        importInto(
            byCli,
            "civicpatch",
            upstream.resolve("civicpatch-san-jose").toString(),
            "--sources",
            upstream.resolve("sources.properties").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("civicpatch-san-jose: ");

    Path direct = Files.createDirectories(tmp.resolve("direct"));
    DataImport.withSources(upstream.resolve("sources.properties"))
        .importCivicPatch(
            upstream.resolve("civicpatch-san-jose"),
            upstream.resolve("ocd-division-ids"),
            upstream.resolve("openstates-people"),
            direct);
    assertThat(files(byCli)).isNotEmpty().isEqualTo(files(direct));
  }

  @Test
  void geoWritesWhatTheImporterWrites() throws Exception {
    Path upstream = resource("/geo/upstream");
    Path byCli = tmp.resolve("cli");
    Cli.Result r =
        importInto(
            byCli,
            "geo",
            upstream.toString(),
            "--inputs",
            upstream.resolve("geo-inputs.json").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("geo: 11 ZIP codes, layers ");

    Path direct = tmp.resolve("direct");
    GeoImport.run(upstream, direct, upstream.resolve("geo-inputs.json"));
    assertThat(files(byCli)).containsKey("geo/layers.json").isEqualTo(files(direct));
  }

  @Test
  void aMissingInputIsNamedWithItsFix() throws Exception {
    Path upstream = resource("/upstream");
    Cli.Result noFolder = Cli.run("data", "import", "geo", tmp.resolve("nowhere").toString());
    assertThat(noFolder.exitCode()).isEqualTo(2);
    assertThat(noFolder.err()).contains("upstream folder", "nowhere", "is not a folder");

    Cli.Result noInputs =
        importInto(
            tmp.resolve("out"),
            "geo",
            tmp.toString(),
            "--inputs",
            tmp.resolve("inputs.json").toString());
    assertThat(noInputs.exitCode()).isEqualTo(2);
    assertThat(noInputs.err()).contains("no inputs file at", "pass --inputs FILE");
    assertThat(tmp.resolve("out")).as("nothing made before the inputs are checked").doesNotExist();

    Path alone = Files.createDirectories(tmp.resolve("alone/civicpatch-san-jose"));
    Cli.Result noIds =
        importInto(
            tmp.resolve("out"),
            "civicpatch",
            alone.toString(),
            "--sources",
            upstream.resolve("sources.properties").toString());
    assertThat(noIds.exitCode()).isEqualTo(2);
    assertThat(noIds.err()).contains("no ocd-division-ids folder at", "pass --ocd-ids DIR");
  }

  /** {@code dearrep data import ARGS --out OUT}, as a user types it. */
  private static Cli.Result importInto(Path out, String... args) {
    List<String> line = new ArrayList<>(List.of("data", "import"));
    line.addAll(List.of(args));
    line.addAll(List.of("--out", out.toString()));
    return Cli.run(line.toArray(String[]::new));
  }

  /** Every file under {@code dir} by its relative path, with its bytes as text. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        all.put(
            dir.relativize(p).toString().replace('\\', '/'),
            new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return all;
  }
}
