package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Points against the committed state legislative and congressional boundaries, read through the
 * class path as the jar reads them. The points are the Census's own internal points of the
 * districts (TIGER {@code INTPTLAT}/{@code INTPTLON}), so each lies inside its district.
 */
class BundledSldTest {

  private static final String US = "ocd-division/country:us/state:";
  private final GeoBundle geo = GeoBundle.bundled();

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource({
    "MN, 44.0035263, -95.9196169, sldl, mn/sldl:21a",
    "MD, 39.2166563, -76.8030192, sldl, md/sldl:12a",
    "NE, 41.2116707, -95.9872807, sldu, ne/sldu:5",
    "NH, 42.9356539, -71.7123562, sldl, nh/sldl:hillsborough_42",
    "MA, 42.3940957, -72.3530576, sldl, ma/sldl:7th_hampden",
    "MA, 42.3912819, -73.0506820, sldu, ma/sldu:berkshire_hampden_franklin_and_hampshire",
    "VT, 44.3934054, -73.0780336, sldu, vt/sldu:chittenden-southeast",
    "CA, 37.2233570, -121.5256945, sldl, ca/sldl:25",
    "TX, 30.3276222, -97.6766210, sldu, tx/sldu:14",
    "NY, 40.7550002, -73.9932768, sldl, ny/sldl:75",
    "WA, 47.0767263, -122.8614269, sldl, wa/sldl:22",
    "AK, 58.6745902, -134.9558623, sldu, ak/sldu:b",
    "OH, 40.0414670, -84.3676238, sldl, oh/sldl:80",
    "FL, 30.0876510, -84.0022098, sldu, fl/sldu:3"
  })
  void aDistrictsInternalPointIsInIt(String state, double lat, double lon, String kind, String id) {
    Placement placed = geo.districts().place(kind, new Coordinates(lat, lon)).orElseThrow();
    assertThat(placed.candidates()).isNotEmpty();
    Placement.Candidate first = placed.candidates().get(0);
    assertThat(first.containsPoint()).isTrue();
    assertThat(first.divisionIds()).containsExactly(US + id);
    assertThat(id).startsWith(state.toLowerCase(java.util.Locale.ROOT) + "/");
  }

  @Test
  void anIdahoHouseDistrictHasTwoSeats() {
    Placement placed =
        geo.districts().place("sldl", new Coordinates(44.1039158, -115.1551572)).orElseThrow();
    assertThat(placed.determined()).isTrue();
    assertThat(placed.divisionIds()).containsExactly(US + "id/sldl:8a", US + "id/sldl:8b");
  }

  @Test
  void aPointInAHoleOfOneDistrictIsInTheDistrictThatFillsIt() {
    Coordinates inHole = new Coordinates(40.02305, -84.24856);
    assertThat(geo.districts().locate("cd", inHole)).contains(US + "oh/cd:8");
    Placement placed = geo.districts().place("cd", inHole).orElseThrow();
    assertThat(placed.candidates().get(0).divisionIds()).containsExactly(US + "oh/cd:8");
    // OH-15 surrounds the hole: it is a candidate only because the hole's edge is near, never as
    // the district that contains the point.
    assertThat(placed.candidates())
        .filteredOn(c -> c.divisionIds().contains(US + "oh/cd:15"))
        .allSatisfy(c -> assertThat(c.containsPoint()).isFalse());
  }

  @Test
  void nearALineBothDistrictsAreCandidates() {
    // Concord, NH, about 100 m from the line between Merrimack 18 and Merrimack 20
    Placement placed =
        geo.districts().place("sldl", new Coordinates(43.2067, -71.5381)).orElseThrow();
    assertThat(placed.nearLine()).isTrue();
    assertThat(placed.divisionIds())
        .containsExactlyInAnyOrder(US + "nh/sldl:merrimack_18", US + "nh/sldl:merrimack_20");
    assertThat(placed.candidates()).allSatisfy(c -> assertThat(c.metresToLine()).isLessThan(200));
    assertThat(placed.candidates().stream().filter(Placement.Candidate::containsPoint)).hasSize(1);
  }

  @Test
  void farFromEveryLineOneDistrictIsDetermined() {
    // Willow Glen, San José: AD 28, SD 15 (checked against the unsimplified files upstream)
    Coordinates willowGlen = new Coordinates(37.3006, -121.8947);
    Placement lower = geo.districts().place("sldl", willowGlen).orElseThrow();
    assertThat(lower.determined()).isTrue();
    assertThat(lower.divisionIds()).containsExactly(US + "ca/sldl:28");
    assertThat(geo.districts().place("sldu", willowGlen).orElseThrow().divisionIds())
        .containsExactly(US + "ca/sldu:15");
  }

  @Test
  void theMarginIsTheLayersStatedOne() {
    assertThat(geo.layers().boundaries("sldl").orElseThrow().nearLineMetres()).isEqualTo(200);
    assertThat(geo.layers().boundaries("sldu").orElseThrow().nearLineMetres()).isEqualTo(200);
    Coordinates near = new Coordinates(43.2067, -71.5381);
    double metres =
        geo.districts().place("sldl", near).orElseThrow().candidates().stream()
            .mapToDouble(Placement.Candidate::metresToLine)
            .min()
            .orElseThrow();
    assertThat(metres).isBetween(0.0, 200.0);
  }

  @Test
  void aPointAtSeaIsInNoDistrictAndNearNone() {
    List<Placement> all = geo.districts().place(new Coordinates(36.5, -125.0));
    assertThat(all).hasSize(3).allSatisfy(p -> assertThat(p.outside()).isTrue());
  }

  @Test
  void dcHasNoLegislativeLinesButItsWardsComeByZip() {
    assertThat(geo.districts().covers("sldu", "DC")).isFalse();
    assertThat(geo.districts().covers("sldu", "NE")).isTrue();
    Optional<ZipPlace> zip = geo.zips().find("20001");
    assertThat(zip.orElseThrow().candidates("sldu"))
        .containsExactly(
            "ocd-division/country:us/district:dc/ward:2",
            "ocd-division/country:us/district:dc/ward:1",
            "ocd-division/country:us/district:dc/ward:6",
            "ocd-division/country:us/district:dc/ward:5");
  }
}
