package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictMapTest {

  private static final String CA = "ocd-division/country:us/state:ca/cd:";
  private final DistrictMap map = FixtureBundle.open().districts();

  @Test
  void sanJoseCityHallIsInCa18() {
    assertThat(map.locate("cd", new Coordinates(37.3377, -121.8853))).contains(CA + "18");
  }

  @Test
  void willowGlenIsInCa16() {
    assertThat(map.locate("cd", new Coordinates(37.3080, -121.8990))).contains(CA + "16");
  }

  @Test
  void almadenIsInCa19() {
    assertThat(map.locate("cd", new Coordinates(37.2230, -121.8670))).contains(CA + "19");
  }

  @Test
  void theCapitolIsInTheDelegateDistrict() {
    assertThat(map.locate("cd", new Coordinates(38.8899, -77.0091)))
        .contains("ocd-division/country:us/district:dc/cd:at-large");
  }

  @Test
  void aPointInThePacificIsInNoDistrict() {
    assertThat(map.locate("cd", new Coordinates(36.5, -125.0))).isEmpty();
    assertThat(map.locateAll(new Coordinates(36.5, -125.0))).isEmpty();
  }

  @Test
  void aKindWithNoLayerIsNotDetermined() {
    assertThat(map.locate("council_district", new Coordinates(37.3377, -121.8853))).isEmpty();
    assertThat(map.locateAll(new Coordinates(37.3377, -121.8853)))
        .containsOnlyKeys("cd", "sldu", "sldl")
        .containsEntry("cd", CA + "18");
  }

  @Test
  void aPointInCaliforniaReadsOnlyCalifornia() {
    map.locate("cd", new Coordinates(37.3377, -121.8853));
    map.locate("cd", new Coordinates(37.2230, -121.8670));
    assertThat(map.loadedFiles()).containsExactly("cd119/ca");
    map.place(new Coordinates(37.3377, -121.8853));
    assertThat(map.loadedFiles()).containsExactly("cd119/ca", "sldl/ca", "sldu/ca");
  }

  @Test
  void aPointOutsideEveryStateBoxReadsNothing() {
    map.locate("cd", new Coordinates(36.5, -125.0));
    assertThat(map.loadedFiles()).isEmpty();
  }
}
