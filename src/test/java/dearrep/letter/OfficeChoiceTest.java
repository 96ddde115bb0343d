package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Office;
import org.junit.jupiter.api.Test;

/** Which office a postal letter goes to. */
class OfficeChoiceTest {

  @Test
  void districtOfficeIsTheDefaultAndCapitolOverrides() {
    assertThat(OfficeChoice.DISTRICT.pick(Officials.kalra()).map(Office::address).orElseThrow())
        .contains("San Jose, CA 95113");
    assertThat(OfficeChoice.CAPITOL.pick(Officials.kalra()).map(Office::address).orElseThrow())
        .contains("Sacramento");
  }

  @Test
  void aSenatorsLetterGoesToTheDistrictOfficeNearestTheWriter() {
    assertThat(
            OfficeChoice.DISTRICT
                .pick(Officials.padilla(), "95125")
                .map(Office::address)
                .orElseThrow())
        .contains("San Francisco");
    assertThat(
            OfficeChoice.DISTRICT
                .pick(Officials.padilla(), "93721")
                .map(Office::address)
                .orElseThrow())
        .contains("Fresno");
    assertThat(
            OfficeChoice.DISTRICT
                .pick(Officials.padilla(), "92101")
                .map(Office::address)
                .orElseThrow())
        .contains("San Diego");
  }

  @Test
  void withoutAKnownZipTheFirstDistrictOfficeIsUsed() {
    assertThat(OfficeChoice.DISTRICT.pick(Officials.padilla(), "00000"))
        .isEqualTo(OfficeChoice.DISTRICT.pick(Officials.padilla(), null));
  }
}
