package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The committed {@code data/geo}, read through the class path as the jar reads it. */
class BundledGeoTest {

  private static final String CA = "ocd-division/country:us/state:ca/cd:";
  private final GeoBundle geo = GeoBundle.bundled();

  @Test
  void sanJoseZips() {
    assertThat(geo.zips().find("95113").orElseThrow().candidates("cd")).containsExactly(CA + "18");
    assertThat(geo.zips().find("95112").orElseThrow().candidates("cd"))
        .containsExactly(CA + "18", CA + "17", CA + "16");
    ZipPlace poBox = geo.zips().find("95192").orElseThrow();
    assertThat(poBox.hasZcta()).isFalse();
    assertThat(poBox.point()).contains(new Coordinates(37.3383, -121.8801));
    assertThat(geo.zips().find("00000")).isEmpty();
    assertThat(geo.zips().find("99999")).isEmpty();
  }

  @Test
  void sanJosePointsReadOnlyCalifornia() {
    DistrictMap map = geo.districts();
    assertThat(map.locate("cd", new Coordinates(37.3377, -121.8853))).contains(CA + "18");
    assertThat(map.locate("cd", new Coordinates(37.3080, -121.8990))).contains(CA + "16");
    assertThat(map.locate("cd", new Coordinates(37.2230, -121.8670))).contains(CA + "19");
    assertThat(map.locate("cd", new Coordinates(36.5, -125.0))).isEmpty();
    assertThat(map.loadedFiles()).containsExactly("cd119/ca");
  }

  @Test
  void aPointDecodesOnlyTheDistrictsWhoseBoxHoldsIt() {
    DistrictMap map = geo.districts();
    map.place(new Coordinates(37.3377, -121.8853));
    // California has 52 House, 40 Senate and 80 Assembly districts; San José City Hall lies in the
    // boxes of a handful of each.
    assertThat(map.loadedFiles()).containsExactly("cd119/ca", "sldl/ca", "sldu/ca");
    assertThat(map.decodedDistricts()).isPositive().isLessThan(30);
    int first = map.decodedDistricts();
    map.place(new Coordinates(37.3377, -121.8853));
    assertThat(map.decodedDistricts()).isEqualTo(first);
  }

  @Test
  void poBoxPointLandsInOneOfItsCitysDistricts() {
    ZipPlace poBox = geo.zips().find("95192").orElseThrow();
    assertThat(geo.districts().locate("cd", poBox.point().orElseThrow())).contains(CA + "18");
  }

  @Test
  void capitolAndAtLargeSeats() {
    assertThat(geo.districts().locate("cd", new Coordinates(38.8899, -77.0091)))
        .contains("ocd-division/country:us/district:dc/cd:at-large");
    assertThat(geo.districts().locate("cd", new Coordinates(43.0760, -107.2903)))
        .contains("ocd-division/country:us/state:wy/cd:at-large");
    assertThat(geo.districts().locate("cd", new Coordinates(18.4655, -66.1057)))
        .contains("ocd-division/country:us/territory:pr/cd:at-large");
    assertThat(geo.zips().find("20515").orElseThrow().candidates("cd"))
        .containsExactly("ocd-division/country:us/district:dc/cd:at-large");
  }

  @Test
  void aleutianIslandEastOfTheAntimeridianIsAlaska() {
    // Attu Island, 172.9° E.
    assertThat(geo.districts().locate("cd", new Coordinates(52.85, 173.15)))
        .contains("ocd-division/country:us/state:ak/cd:at-large");
  }

  @Test
  void layersCarryTheirVintage() {
    assertThat(geo.layers().kinds()).containsExactly("cd", "sldu", "sldl");
    assertThat(geo.layers().boundaries("sldl").orElseThrow().vintage()).isEqualTo("2024 lines");
    assertThat(geo.layers().boundaries("sldl").orElseThrow().expiredOn(LocalDate.of(2031, 1, 1)))
        .isFalse();
    assertThat(geo.layers().crosswalk("cd")).isPresent();
    assertThat(geo.layers().boundaries("cd")).isPresent();
    assertThat(geo.layers().boundaries("cd").orElseThrow().expiredOn(LocalDate.of(2027, 1, 4)))
        .isTrue();
  }
}
