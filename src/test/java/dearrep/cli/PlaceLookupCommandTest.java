package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.data.BundleSource;
import dearrep.geo.GeoBundle;
import dearrep.lookup.Coverage;
import dearrep.lookup.Directory;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lookup --zip} and {@code lookup --lat --lon}: every level, honest about splits and gaps.
 */
class PlaceLookupCommandTest {

  @Test
  void zipWhollyInsideOneDistrictNamesItsRepresentative() {
    Cli.Result r = Cli.run("lookup", "--zip", "95113", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("ZIP 95113 — San Jose, Santa Clara County, CA")
        .contains("Representative Zoe Lofgren (District 18)")
        .contains("Senator Alex Padilla")
        .contains("Governor Gavin Newsom")
        .contains("Mayor Matt Mahan")
        .doesNotContain("possible districts");
  }

  @Test
  void bareZipWorksLikeTheOption() {
    assertThat(Cli.run("lookup", "95113").out())
        .isEqualTo(Cli.run("lookup", "--zip", "95113").out());
    assertThat(Cli.run("lookup", "95113-1905").out())
        .isEqualTo(Cli.run("lookup", "--zip", "95113").out());
  }

  @Test
  void splitZipListsEveryCandidateAndSaysTheAddressDecides() throws Exception {
    Cli.Result r = Cli.run("lookup", "--zip", "95112");
    assertThat(r.out())
        .contains("3 possible districts")
        .contains("Sam T. Liccardo")
        .contains("Ro Khanna")
        .contains("Zoe Lofgren")
        .contains("the street address decides")
        .contains("--address \"street, city\"")
        .contains("--lat/--lon");
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("lookup", "--zip", "95112", "--json").out());
    JsonNode house = seat(json, "cd");
    assertThat(house.path("ambiguous").asBoolean()).isTrue();
    assertThat(house.path("candidates").findValuesAsText("id"))
        .contains(
            "ocd-division/country:us/state:ca/cd:16",
            "ocd-division/country:us/state:ca/cd:17",
            "ocd-division/country:us/state:ca/cd:18");
    assertThat(seat(json, "us-senate").path("ambiguous").asBoolean()).isFalse();
  }

  @Test
  void zipInsideOneAssemblyAndOneSenateDistrictNamesTheirMembers() throws Exception {
    Cli.Result r = Cli.run("lookup", "--zip", "95113", "--no-color");
    assertThat(r.out())
        .contains("California State Assembly\n    ")
        .contains("Assemblymember Ash Kalra (District 25)")
        .contains("Senator Dave Cortese (District 15)")
        .doesNotContain("possible districts");
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("lookup", "--zip", "95113", "--json").out());
    assertThat(seat(json, "sldl").path("status").asText()).isEqualTo("DETERMINED");
    assertThat(divisionIds(seat(json, "sldl")))
        .containsExactly("ocd-division/country:us/state:ca/sldl:25");
    assertThat(divisionIds(seat(json, "sldu")))
        .containsExactly("ocd-division/country:us/state:ca/sldu:15");
  }

  @Test
  void splitZipListsLegislativeCandidatesLargestLandShareFirst() throws Exception {
    Cli.Result r = Cli.run("lookup", "--zip", "95112", "--no-color");
    assertThat(r.out())
        .contains("California State Assembly — 2 possible districts")
        .contains("California State Senate — 2 possible districts")
        .contains("largest by land area first; land is not population");
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("lookup", "--zip", "95112", "--json").out());
    assertThat(seat(json, "sldl").path("ambiguous").asBoolean()).isTrue();
    assertThat(divisionIds(seat(json, "sldl")))
        .containsExactly(
            "ocd-division/country:us/state:ca/sldl:25", "ocd-division/country:us/state:ca/sldl:24");
    assertThat(divisionIds(seat(json, "sldu")))
        .containsExactly(
            "ocd-division/country:us/state:ca/sldu:15", "ocd-division/country:us/state:ca/sldu:10");
  }

  @Test
  void aDcZipListsTheCouncilWardsItTouches() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("lookup", "--zip", "20001", "--json").out());
    JsonNode council = seat(json, "legislature");
    assertThat(council.path("label").asText()).isEqualTo("Council of the District of Columbia");
    assertThat(divisionIds(council))
        .containsExactly(
            "ocd-division/country:us/district:dc/ward:2",
            "ocd-division/country:us/district:dc/ward:1",
            "ocd-division/country:us/district:dc/ward:6",
            "ocd-division/country:us/district:dc/ward:5");
  }

  @Test
  void aPointPlacesTheAssemblymemberAndStateSenator() {
    Cli.Result r = Cli.run("lookup", "--lat", "37.3377", "--lon", "-121.8853", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Representative Zoe Lofgren (District 18)")
        .contains("Assemblymember Ash Kalra (District 25)")
        .contains("Senator Dave Cortese (District 15)")
        .contains("Governor Gavin Newsom")
        .doesNotContain("possible districts");
  }

  @Test
  void aPointInNebraskaPlacesItsUnicameralSenator() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("lookup", "--lat", "40.8081", "--lon", "-96.6997", "--json").out());
    JsonNode legislature = seat(json, "legislature");
    assertThat(legislature.path("status").asText()).isEqualTo("DETERMINED");
    assertThat(divisionIds(legislature))
        .containsExactly("ocd-division/country:us/state:ne/sldu:28");
  }

  @Test
  void aPointInAMultiMemberDistrictListsEveryMember() throws Exception {
    // Montpelier, VT: the Washington Senate district elects three senators, Washington-4 two
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("lookup", "--lat", "44.2623", "--lon", "-72.5808", "--json").out());
    JsonNode senate = seat(json, "sldu");
    assertThat(senate.path("status").asText()).isEqualTo("DETERMINED");
    assertThat(senate.path("candidates").get(0).path("members")).hasSize(3);
    assertThat(seat(json, "sldl").path("candidates").get(0).path("members")).hasSize(2);
  }

  @Test
  void aPointNearALineListsBothDistrictsAndSaysTheAddressDecides() {
    Cli.Result r = Cli.run("lookup", "--lat", "43.2067", "--lon", "-71.5381", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("New Hampshire House of Representatives — 2 possible districts")
        .contains("(Merrimack 18)")
        .contains("(Merrimack 20)")
        .contains("within 200 m of the line between 2 districts")
        .contains("the street address decides")
        .contains("--address \"street, city\"");
  }

  @Test
  void unknownZipIsNotFound() {
    Cli.Result r = Cli.run("lookup", "--zip", "00000");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("00000").contains("not in the GeoNames ZIP table");
  }

  @Test
  void malformedZipIsBadInput() {
    Cli.Result r = Cli.run("lookup", "--zip", "95A13");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void poBoxZipFallsBackToItsPointAndSaysSo() {
    Cli.Result r = Cli.run("lookup", "--zip", "95192");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Zoe Lofgren");
    assertThat(r.err()).contains("PO-box or single-organization ZIP").contains("GeoNames point");
  }

  @Test
  void aZipMissingFromTheCrosswalkUsesItsPointOnlyFarFromEveryLine() throws Exception {
    // 95192 (San José State): its point is far from the lines, so AD 25 and SD 15 are placed
    JsonNode far = new ObjectMapper().readTree(Cli.run("lookup", "--zip", "95192", "--json").out());
    assertThat(far.path("place").path("locatedBy").asText()).isEqualTo("zip-point");
    assertThat(divisionIds(seat(far, "sldl")))
        .containsExactly("ocd-division/country:us/state:ca/sldl:25");
    // 95155's point is within 200 m of an Assembly line: not placed, and it says why
    Cli.Result near = Cli.run("lookup", "--zip", "95155", "--no-color");
    assertThat(near.out())
        .contains("not determined: ZIP 95155 is not in the ZIP crosswalk for this chamber and its")
        .contains("point lies near")
        .contains("Senator Dave Cortese (District 15)");
    assertThat(near.err()).contains("only where the point is far from every district line");
  }

  @Test
  void thePointIsEchoedToFourDecimalsWithADotInEveryLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(Cli.run("lookup", "--lat", "37.33775", "--lon", "-121.8853").out())
          .startsWith("Point 37.3378, -121.8853 — CA");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void cityHallIsInCa18AndWillowGlenInCa16() {
    assertThat(Cli.run("lookup", "--lat", "37.3377", "--lon", "-121.8853").out())
        .contains("Representative Zoe Lofgren (District 18)");
    assertThat(Cli.run("lookup", "--lat", "37.3080", "--lon", "-121.8990").out())
        .contains("Representative Sam T. Liccardo (District 16)");
  }

  @Test
  void pointInTheOceanIsNotFound() {
    Cli.Result r = Cli.run("lookup", "--lat", "36.5", "--lon", "-125.0");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("outside every U.S. congressional and state legislative district");
  }

  @Test
  void malformedAndSwappedCoordinatesAreBadInput() {
    Cli.Result text = Cli.run("lookup", "--lat", "north", "--lon", "-121.9");
    assertThat(text.exitCode()).isEqualTo(2);
    Cli.Result swapped = Cli.run("lookup", "--lat", "-121.8853", "--lon", "37.3377");
    assertThat(swapped.exitCode()).isEqualTo(2);
    assertThat(swapped.err()).contains("swapped");
    Cli.Result half = Cli.run("lookup", "--lat", "37.3");
    assertThat(half.exitCode()).isEqualTo(2);
    assertThat(half.err()).contains("both --lat and --lon");
  }

  @Test
  void expiredLayerPrintsANotice() {
    Lookup lookup = new Lookup(new Directory(BundleSource.bundled(), List.of()));
    PlaceLookup afterCongressEnds =
        new PlaceLookup(lookup, GeoBundle.bundled(), LocalDate.of(2027, 2, 1));
    Coverage c = afterCongressEnds.byZip("95113");
    assertThat(c.notices())
        .anyMatch(n -> n.contains("119th Congress") && n.contains("expired after 2027-01-03"));
    PlaceLookup longBefore = new PlaceLookup(lookup, GeoBundle.bundled(), LocalDate.of(2025, 6, 1));
    assertThat(longBefore.byZip("95113").notices()).isEmpty();
  }

  @Test
  void dataCheckReportsBoundariesWithNoDivisionAndDivisionsWithNoBoundary() {
    Cli.Result r = Cli.run("data", "check", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("sldl 25ZZZ State House Districts not defined  boundary maps to no division")
        .contains("nh/sldl:belknap_8  division has no boundary in sldl")
        .contains("me/sldl:passamaquoddy-tribe  division has no boundary in sldl")
        .contains(": 0 errors");
  }

  private static List<String> divisionIds(JsonNode seat) {
    List<String> ids = new java.util.ArrayList<>();
    seat.path("candidates").forEach(c -> ids.add(c.path("division").path("id").asText()));
    return ids;
  }

  private static JsonNode seat(JsonNode coverage, String kind) {
    for (JsonNode s : coverage.path("seats")) {
      if (s.path("kind").asText().equals(kind)) {
        return s;
      }
    }
    throw new AssertionError("no seat of kind " + kind + " in " + coverage);
  }
}
