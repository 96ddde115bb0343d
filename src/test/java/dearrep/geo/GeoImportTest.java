package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dearrep.data.BundleFiles;
import dearrep.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoImportTest {

  private final Path geo = FixtureBundle.dataDir().resolve("geo");

  @Test
  void writesTheDatasetsItUsedWithTheirFacts() throws IOException {
    List<Dataset> sources =
        BundleFiles.json()
            .readValue(geo.resolve("sources.json").toFile(), new TypeReference<>() {});
    assertThat(sources)
        .extracting(Dataset::key)
        .containsExactly(
            "geonames-zip",
            "zip-congress",
            "cd119-boundaries",
            "ocd-division-ids",
            "openstates-metadata",
            "sld-boundaries",
            "zip-sld");
    Dataset geonames = sources.get(0);
    assertThat(geonames.license()).isEqualTo("CC BY 4.0");
    assertThat(geonames.attribution()).contains("GeoNames");
    assertThat(geonames.records()).isEqualTo(11); // 12 rows, one ZIP twice
    assertThat(sources.get(1).validThrough()).isEqualTo("2027-01-03");
    assertThat(sources.get(2).records()).isEqualTo(5);
    Dataset tiger = sources.get(5);
    assertThat(tiger.attribution()).contains("U.S. Census Bureau TIGER/Line");
    assertThat(tiger.records()).isEqualTo(14); // every feature of the trimmed files, ZZZ included
    assertThat(sources.get(6).attribution()).contains("your-government-deck");
  }

  @Test
  void theHouseCrosswalkListsTheLargestLandShareFirstAndSliversLast() throws IOException {
    // zccd lists 95125 in CA-16, 18 and 19; zip-sld, largest land first, CA-16 then CA-18 (19 is
    // a sliver under 2%); for 95112, CA-18, 17, 16
    String lines = Files.readString(geo.resolve("cd119-zip/95.tsv"));
    assertThat(lines).contains("95125\t0616 0618 0619\n").contains("95112\t0618 0617 0616\n");
    GeoLayers layers = FixtureBundle.open().layers();
    assertThat(layers.crosswalk("cd").orElseThrow().landOrder()).isTrue();
    assertThat(layers.crosswalk("sldl").orElseThrow().landOrder()).isTrue();
    assertThat(layers.boundaries()).noneMatch(GeoLayer::landOrder);
  }

  @Test
  void mapsCensusGeoidsToOcdIds() throws IOException {
    assertThat(Files.readAllLines(geo.resolve("cd119/divisions.tsv")))
        .contains(
            "0616\tocd-division/country:us/state:ca/cd:16\tCalifornia's 16th congressional district",
            "1198\tocd-division/country:us/district:dc/cd:at-large\tDistrict of Columbia's at-large congressional district");
    assertThat(Files.readAllLines(geo.resolve("cd119-zip/divisions.tsv")))
        .anyMatch(l -> l.startsWith("1100\tocd-division/country:us/district:dc/cd:at-large"))
        .noneMatch(l -> l.contains("cd:53"));
  }

  @Test
  void writesOneBoundaryFilePerStateAndTheirBoxes() throws IOException {
    assertThat(geo.resolve("cd119/ca.bin")).exists();
    assertThat(geo.resolve("cd119/dc.bin")).exists();
    assertThat(Files.readAllLines(geo.resolve("cd119/states.tsv")))
        .extracting(l -> l.split("\t")[0])
        .containsExactly("ca", "dc");
  }

  @Test
  void boundaryFilesRoundTripTheSourceGrid() throws IOException {
    BoundaryFile.Decoded ca = BoundaryFile.read(Files.readAllBytes(geo.resolve("cd119/ca.bin")));
    assertThat(ca.districts())
        .extracting(BoundaryFile.District::code)
        .containsExactly("0616", "0617", "0618", "0619");
    byte[] again = BoundaryFile.write(ca.grid(), ca.districts());
    assertThat(again).isEqualTo(Files.readAllBytes(geo.resolve("cd119/ca.bin")));
  }

  @Test
  void theIndexGivesEachDistrictsBoxAndDecodesItAlone() throws IOException {
    byte[] bytes = Files.readAllBytes(geo.resolve("cd119/ca.bin"));
    BoundaryFile.Decoded all = BoundaryFile.read(bytes);
    BoundaryFile.Index index = BoundaryFile.open(bytes);
    assertThat(index.entries())
        .extracting(BoundaryFile.Entry::code)
        .containsExactly("0616", "0617", "0618", "0619");
    for (int i = 0; i < all.districts().size(); i++) {
      BoundaryFile.District whole = all.districts().get(i);
      BoundaryFile.Entry entry = index.entries().get(i);
      assertThat(entry.box()).containsExactly(whole.box());
      assertThat(index.decode(entry).polygons()).hasSameSizeAs(whole.polygons());
    }
  }

  @Test
  void filesOfTheFirstLayoutWithoutAnIndexAreStillRead() throws IOException {
    BoundaryFile.Decoded ca = BoundaryFile.read(Files.readAllBytes(geo.resolve("cd119/ca.bin")));
    java.io.ByteArrayOutputStream old = new java.io.ByteArrayOutputStream();
    byte[] now = BoundaryFile.write(ca.grid(), ca.districts());
    // DRB1: the same head and count, then each code followed at once by its body.
    byte[] head = java.util.Arrays.copyOf(now, 36);
    java.nio.ByteBuffer.wrap(head).putInt(0, BoundaryFile.MAGIC_UNINDEXED);
    old.writeBytes(head);
    old.write(ca.districts().size());
    BoundaryFile.Index index = BoundaryFile.open(now);
    int end = now.length;
    for (int i = 0; i < index.entries().size(); i++) {
      BoundaryFile.Entry e = index.entries().get(i);
      int next = i + 1 < index.entries().size() ? index.entries().get(i + 1).offset() : end;
      byte[] code = e.code().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      old.write(code.length);
      old.writeBytes(code);
      old.write(now, e.offset(), next - e.offset());
    }
    BoundaryFile.Decoded back = BoundaryFile.read(old.toByteArray());
    assertThat(back.districts())
        .extracting(BoundaryFile.District::code)
        .containsExactly("0616", "0617", "0618", "0619");
    assertThat(BoundaryFile.write(back.grid(), back.districts())).isEqualTo(now);
  }

  @Test
  void boxesTakenWhileDecodingMatchTheShellsPointByPoint() throws IOException {
    BoundaryFile.Decoded ca = BoundaryFile.read(Files.readAllBytes(geo.resolve("cd119/ca.bin")));
    for (BoundaryFile.District d : ca.districts()) {
      BoundaryFile.District recomputed = new BoundaryFile.District(d.code(), d.polygons());
      assertThat(d.bounds()).hasSameSizeAs(d.polygons());
      assertThat(d.bounds().stream().map(java.util.Arrays::toString))
          .containsExactlyElementsOf(
              recomputed.bounds().stream().map(java.util.Arrays::toString).toList());
      int[] shell = d.polygons().get(0).get(0);
      int[] box = d.bounds().get(0);
      for (int i = 0; i < shell.length; i += 2) {
        assertThat(shell[i]).isBetween(box[0], box[2]);
        assertThat(shell[i + 1]).isBetween(box[1], box[3]);
      }
    }
  }
}
