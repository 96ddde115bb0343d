package dearrep.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.DearrepException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictQueryTest {

  @ParameterizedTest
  @CsvSource({
    "CA-AD25, CA, lower, 25",
    "ca-ad25, CA, lower, 25",
    "CA-HD25, CA, lower, 25",
    "CA-SD15, CA, upper, 15",
    "NE-LD5, NE, unicameral, 5",
    "'MA-HD\"7th Hampden\"', MA, lower, 7th Hampden",
    "MA-HD 7th Hampden, MA, lower, 7th Hampden",
    "VT-SD Addison, VT, upper, Addison",
  })
  void readsLegislativeDistricts(String text, String state, String chamber, String district) {
    assertThat(DistrictQuery.parse(text))
        .isEqualTo(new DistrictQuery.Legislative(state, chamber, district));
  }

  @ParameterizedTest
  @CsvSource({"CA-16, 16", "CA-CD16, 16", "ca-cd016, 16", "CA-016, 16"})
  void readsHouseDistricts(String text, String district) {
    assertThat(DistrictQuery.parse(text))
        .isEqualTo(new DistrictQuery.Congressional("CA", district));
  }

  @ParameterizedTest
  @CsvSource({"WY-AL", "wy-al", "WY-AT-LARGE", "WY-CDAL", "WY-00"})
  void readsAtLargeSeats(String text) {
    assertThat(DistrictQuery.parse(text))
        .isEqualTo(new DistrictQuery.Congressional("WY", "at-large"));
  }

  @Test
  void readsStatewideZipOcdAndPersonIds() {
    assertThat(DistrictQuery.parse("ca")).isEqualTo(new DistrictQuery.Statewide("CA"));
    assertThat(DistrictQuery.parse("95113-1905")).isEqualTo(new DistrictQuery.Zip("95113"));
    assertThat(DistrictQuery.parse("OCD-Division/country:us/state:ca/sldl:25"))
        .isEqualTo(new DistrictQuery.Division("ocd-division/country:us/state:ca/sldl:25"));
    assertThat(DistrictQuery.parse("bioguide:l000607"))
        .isEqualTo(new DistrictQuery.PersonId("bioguide:L000607"));
  }

  @ParameterizedTest
  @CsvSource({
    "san-jose-2, san_jose, 2",
    "San Jose council 2, san_jose, 2",
    "San José Council District 10, san_jose, 10",
    "los angeles 04, los_angeles, 4"
  })
  void readsCouncilDistricts(String text, String city, String district) {
    assertThat(DistrictQuery.parse(text)).isEqualTo(new DistrictQuery.Council(city, district));
  }

  @ParameterizedTest
  @CsvSource({"'   '", "ocd-division/country:us//sldl", "C-16", "hello"})
  void rejectsWhatFitsNoForm(String text) {
    assertThatThrownBy(() -> DistrictQuery.parse(text))
        .isInstanceOf(DearrepException.class)
        .satisfies(
            e ->
                assertThat(((DearrepException) e).kind())
                    .isEqualTo(DearrepException.Kind.BAD_INPUT));
  }

  @Property
  void leadingZerosNeverChangeAHouseDistrict(
      @ForAll @IntRange(min = 1, max = 53) int n, @ForAll @IntRange(max = 2) int zeros) {
    String text = "TX-" + "0".repeat(zeros) + n;
    assertThat(DistrictQuery.parse(text))
        .isEqualTo(new DistrictQuery.Congressional("TX", String.valueOf(n)));
  }

  @Property
  void anyTextEitherParsesOrFailsWithBadInput(@ForAll @StringLength(max = 30) String text) {
    try {
      assertThat(DistrictQuery.parse(text)).isNotNull();
    } catch (DearrepException e) {
      assertThat(e.kind()).isEqualTo(DearrepException.Kind.BAD_INPUT);
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }
}
