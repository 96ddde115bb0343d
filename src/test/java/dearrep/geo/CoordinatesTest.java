package dearrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

  @Test
  void parsesPlainDecimals() {
    assertThat(Coordinates.parse("37.3377", " -121.8853 "))
        .isEqualTo(new Coordinates(37.3377, -121.8853));
    assertThat(Coordinates.parse("+37", "-121.")).isEqualTo(new Coordinates(37, -121));
  }

  @Test
  void textThatIsNotANumberIsBadInput() {
    for (String bad : new String[] {"abc", "37,3", "NaN", "Infinity", "0x1p3", "1e2", "--3"}) {
      assertThatThrownBy(() -> Coordinates.parse(bad, "-121.9"))
          .isInstanceOf(GeoException.class)
          .hasMessageContaining("latitude")
          .hasMessageContaining("is not a number");
    }
    assertThatThrownBy(() -> Coordinates.parse("37.3", " ")).hasMessage("longitude is missing");
  }

  @Test
  void outOfRangeNumbersSayTheRange() {
    assertThatThrownBy(() -> Coordinates.parse("91", "-121.9"))
        .hasMessageContaining("latitude 91 is out of range: it must be between -90 and 90");
    assertThatThrownBy(() -> Coordinates.parse("37.3", "200"))
        .hasMessage("longitude 200 is out of range: it must be between -180 and 180");
    assertThatThrownBy(() -> Coordinates.parse("-500", "-121.9"))
        .hasMessageNotContaining("swapped");
  }

  @Test
  void swappedLatitudeAndLongitudeGetAHint() {
    assertThatThrownBy(() -> Coordinates.parse("-121.9", "37.3"))
        .isInstanceOf(GeoException.class)
        .hasMessageContaining("look swapped")
        .hasMessageContaining("--lat 37.3 --lon -121.9");
  }

  @Test
  void swappedPairThatFitsTheRangesStillGetsTheHint() {
    assertThatThrownBy(() -> Coordinates.parse("-77.0", "38.9"))
        .hasMessageContaining("looks swapped")
        .extracting(e -> ((GeoException) e).reason())
        .isEqualTo(GeoException.Reason.BAD_INPUT);
  }

  @Test
  void southernHemisphereTerritoriesAreNotSwapped() {
    assertThat(Coordinates.parse("-14.28", "-170.70").lat()).isEqualTo(-14.28); // American Samoa
    assertThat(Coordinates.parse("13.44", "144.79").lon()).isEqualTo(144.79); // Guam
  }
}
