package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZipDirectoryTest {

  private static final String CA = "ocd-division/country:us/state:ca/cd:";
  private final ZipDirectory zips = FixtureBundle.open().zips();

  @Test
  void zipWhollyInsideOneDistrict() {
    ZipPlace p = zips.find("95113").orElseThrow();
    assertThat(p.city()).isEqualTo("San Jose");
    assertThat(p.county()).isEqualTo("Santa Clara");
    assertThat(p.state()).isEqualTo("CA");
    assertThat(p.hasZcta()).isTrue();
    assertThat(p.candidates("cd")).containsExactly(CA + "18");
    assertThat(p.isSplit("cd")).isFalse();
  }

  @Test
  void splitZipListsEveryCandidate() {
    ZipPlace p = zips.find("95112").orElseThrow();
    // largest share of the ZIP's land first (the zip-sld order)
    assertThat(p.candidates("cd")).containsExactly(CA + "18", CA + "17", CA + "16");
    assertThat(p.isSplit("cd")).isTrue();
  }

  @Test
  void unknownZipIsEmpty() {
    assertThat(zips.find("00000")).isEmpty();
    assertThat(zips.find("99999")).isEmpty();
  }

  @Test
  void poBoxZipWithoutZctaHasItsPointAndNoCandidates() {
    ZipPlace p = zips.find("95192").orElseThrow();
    assertThat(p.hasZcta()).isFalse();
    assertThat(p.candidates()).isEmpty();
    assertThat(p.candidates("cd")).isEmpty();
    assertThat(p.point()).contains(new Coordinates(37.3383, -121.8801));
  }

  @Test
  void zipPlusFourUsesTheFiveDigitPart() {
    assertThat(zips.find("95113-1905").orElseThrow().zip()).isEqualTo("95113");
    assertThat(zips.find(" 951131905 ").orElseThrow().candidates("cd")).containsExactly(CA + "18");
  }

  @Test
  void malformedZipIsBadInput() {
    for (String bad : new String[] {"9511", "abcde", "95113-19", "", "95113 1905"}) {
      assertThatThrownBy(() -> zips.find(bad))
          .isInstanceOf(GeoException.class)
          .hasMessageContaining("is not a ZIP code")
          .extracting(e -> ((GeoException) e).reason())
          .isEqualTo(GeoException.Reason.BAD_INPUT);
    }
  }

  @Test
  void districtOfColumbiaIsAtLarge() {
    assertThat(zips.find("20515").orElseThrow().candidates("cd"))
        .containsExactly("ocd-division/country:us/district:dc/cd:at-large");
  }

  @Test
  void puertoRicoZipKnownOnlyToTheCrosswalkHasNoPoint() {
    ZipPlace p = zips.find("00601").orElseThrow();
    assertThat(p.state()).isEqualTo("PR");
    assertThat(p.city()).isEmpty();
    assertThat(p.hasPoint()).isFalse();
    assertThat(p.point()).isEmpty();
    assertThat(p.candidates("cd"))
        .containsExactly("ocd-division/country:us/territory:pr/cd:at-large");
  }

  @Test
  void zctaAcrossAStateLineListsBothStates() {
    assertThat(zips.find("30165").orElseThrow().candidates("cd"))
        .containsExactly(
            "ocd-division/country:us/state:al/cd:3", "ocd-division/country:us/state:ga/cd:14");
  }

  @Test
  void militaryMailTakesItsCodeFromThePlaceName() {
    assertThat(zips.find("09001").orElseThrow().state()).isEqualTo("AA");
  }

  @Test
  void duplicatedUpstreamZipKeepsTheRowWithAState() {
    ZipPlace p = zips.find("96860").orElseThrow();
    assertThat(p.state()).isEqualTo("HI");
    assertThat(p.city()).isEqualTo("Jbphh");
  }

  @Test
  void zipWithNoStateUpstreamAndNoZctaHasAnEmptyState() {
    ZipPlace p = zips.find("96365").orElseThrow();
    assertThat(p.state()).isEmpty();
    assertThat(p.hasZcta()).isFalse();
  }
}
