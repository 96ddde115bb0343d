package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.data.BundleSource;
import dearrep.geo.GeoBundle;
import dearrep.geo.ZipPlace;
import dearrep.lookup.Coverage;
import dearrep.lookup.Directory;
import dearrep.lookup.Divisions;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import dearrep.lookup.Representation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ZIP code can cross a state line (57255, New Effington SD, reaches into North Dakota). The
 * answer is for the side in the ZIP's own state, never another state's districts under this state's
 * chamber, and it says so.
 */
class CrossStateZipTest {

  private static final String[] KINDS = {"cd", "sldu", "sldl"};

  @Test
  void newEffingtonGetsSouthDakotasMembersAndANoticeAboutNorthDakota() {
    Cli.Result r = Cli.run("lookup", "--zip", "57255", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Representative Dusty Johnson (at-large)")
        .contains("Representative Logan Manhart (District 1)")
        .contains("Senator Michael Rohl (District 1)")
        .doesNotContain("Fedorchak") // North Dakota's at-large member
        .doesNotContain("Mitskog") // North Dakota House, district 25
        .doesNotContain("Luick"); // North Dakota Senate, district 25
    assertThat(r.err())
        .contains("ZIP 57255 crosses into North Dakota: this answer is for its South Dakota side")
        .contains("dearrep lookup ND");
  }

  @Test
  void jsonNamesTheOtherStateAndBatchLettersSayWhichSideTheyAssumed(@TempDir Path tmp)
      throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("lookup", "--zip", "57255", "--json").out());
    assertThat(json.path("place").path("state").asText()).isEqualTo("SD");
    assertThat(json.path("place").path("alsoIn").toString()).isEqualTo("[\"ND\"]");
    assertThat(
            new ObjectMapper()
                .readTree(Cli.run("lookup", "--zip", "95113", "--json").out())
                .path("place")
                .has("alsoIn"))
        .as("left out where there is no other state")
        .isFalse();

    Path csv = tmp.resolve("rows.csv");
    Files.writeString(csv, "name,zip,topic\nAna Diaz,57255,police-staffing\n");
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("batch", csv.toString(), "-o", out.toString(), "--levels", "federal");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CSVRecord> manifest = BatchCommandTest.read(out.resolve("manifest.csv"));
    assertThat(manifest)
        .extracting(m -> m.get("recipient_name"))
        .contains("Dusty Johnson")
        .doesNotContain("Julie Fedorchak");
    assertThat(manifest)
        .extracting(m -> m.get("basis"))
        .allMatch(b -> b.equals("zip 57255 (SD side; the ZIP crosses into ND)"));
  }

  /** Every ZIP code that a bundled crosswalk places partly in another state, all of them. */
  @Test
  void noZipAnswerListsAnotherStatesDistrict() throws IOException {
    GeoBundle geo = GeoBundle.bundled();
    PlaceLookup places =
        new PlaceLookup(
            new Lookup(new Directory(BundleSource.bundled(), List.of())),
            geo,
            LocalDate.of(2026, 11, 30));
    List<String> crossing = new ArrayList<>();
    for (String zip : bundledZips()) {
      Optional<ZipPlace> place = geo.zips().find(zip);
      if (place.isPresent() && crossesTheStateLine(place.get())) {
        crossing.add(zip);
      }
    }
    assertThat(crossing).as("the crosswalks hold such ZIP codes").hasSizeGreaterThan(100);
    for (String zip : crossing) {
      String state = geo.zips().find(zip).orElseThrow().state();
      Coverage coverage;
      try {
        coverage = places.byZip(zip);
      } catch (dearrep.model.DearrepException e) {
        continue; // a ZIP in a state with no bundled officials (military, territories)
      }
      for (Coverage.Seat seat : coverage.seats()) {
        for (Representation candidate : seat.candidates()) {
          assertThat(Divisions.stateOf(candidate.division().id()))
              .as("ZIP %s (%s), %s", zip, state, seat.label())
              .contains(state);
        }
      }
      assertThat(coverage.notices()).as(zip).anyMatch(n -> n.contains(" crosses into "));
    }
  }

  private static boolean crossesTheStateLine(ZipPlace place) {
    for (String kind : KINDS) {
      for (String id : place.candidates(kind)) {
        if (!Divisions.stateOf(id).map(place.state()::equals).orElse(true)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> bundledZips() throws IOException {
    List<String> zips = new ArrayList<>();
    for (int shard = 0; shard < 100; shard++) {
      String name = String.format("/dearrep-data/geo/zip/%02d.tsv", shard);
      try (InputStream in = CrossStateZipTest.class.getResourceAsStream(name)) {
        if (in == null) {
          continue;
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          zips.add(line.substring(0, line.indexOf('\t')));
        }
      }
    }
    assertThat(zips).as("the bundled ZIP table").hasSizeGreaterThan(30_000);
    return zips;
  }
}
