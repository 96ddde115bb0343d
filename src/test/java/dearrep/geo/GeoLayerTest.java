package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeoLayerTest {

  private final GeoLayers layers = GeoLayers.read(FixtureBundle.files());
  private final GeoLayer cd = layers.boundaries("cd").orElseThrow();

  @Test
  void manifestListsTheCongressionalAndLegislativeLayers() {
    assertThat(layers.kinds()).containsExactly("cd", "sldu", "sldl");
    assertThat(layers.crosswalk("sldl").orElseThrow().dataset()).isEqualTo("zip-sld");
    assertThat(layers.boundaries("sldu").orElseThrow().nearLineMetres()).isEqualTo(200);
    assertThat(layers.crosswalk("cd").orElseThrow().vintage()).isEqualTo("119th Congress");
    assertThat(cd.validThroughDate()).contains(LocalDate.of(2027, 1, 3));
    assertThat(cd.notice()).contains("Proposition 50");
    assertThat(layers.zipAttribution()).contains("GeoNames").contains("CC BY 4.0");
  }

  @Test
  void kindsWithoutALayerAreAbsent() {
    assertThat(layers.crosswalk("council_district")).isEmpty();
    assertThat(layers.boundaries("council_district")).isEmpty();
  }

  @Test
  void the119thCongressLayerExpiresAfterJanuaryThird2027() {
    assertThat(cd.expiredOn(LocalDate.of(2027, 1, 3))).isFalse();
    assertThat(cd.expiredOn(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(cd.expiryNotice(LocalDate.of(2027, 2, 1), 60).orElseThrow())
        .contains("expired after 2027-01-03");
  }

  @Test
  void expiresWithinWarnsAhead() {
    assertThat(cd.expiresWithin(LocalDate.of(2026, 12, 1), 60)).isTrue();
    assertThat(cd.expiresWithin(LocalDate.of(2026, 1, 1), 60)).isFalse();
    assertThat(cd.expiresWithin(LocalDate.of(2027, 2, 1), 60)).isFalse(); // already expired
    assertThat(cd.expiryNotice(LocalDate.of(2026, 12, 1), 60).orElseThrow())
        .contains("valid through 2027-01-03");
    assertThat(cd.expiryNotice(LocalDate.of(2026, 1, 1), 60)).isEmpty();
  }

  @Test
  void anOpenEndedLayerNeverExpires() {
    GeoLayer open =
        new GeoLayer(
            "x",
            "sldl",
            GeoLayer.BOUNDARIES,
            null,
            null,
            null,
            null,
            null,
            null,
            "geo/x/",
            "geo/x/d.tsv");
    assertThat(open.expiredOn(LocalDate.of(2100, 1, 1))).isFalse();
    assertThat(open.expiresWithin(LocalDate.of(2100, 1, 1), 365)).isFalse();
  }
}
