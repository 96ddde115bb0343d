package dearrep.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.DearrepException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Where the geocoder is, which lines it is asked for on which day, and what reads as an address.
 */
class GeocoderSettingsTest {

  @Test
  void theLinesOfTodaysMembersUntilTheNewCongressIsSeated() {
    assertThat(CensusVintage.on(LocalDate.of(2026, 11, 30)).name()).isEqualTo("ACS2025_Current");
    assertThat(CensusVintage.on(LocalDate.of(2027, 1, 3)).name()).isEqualTo("ACS2025_Current");
    assertThat(CensusVintage.on(LocalDate.of(2027, 1, 4)).name()).isEqualTo("Current_Current");
  }

  @Test
  void defaultsAreTheCensusServiceOnlineWithAFewSecondsTimeout() {
    GeocoderSettings s = GeocoderSettings.from(new Properties(), Map.of());
    assertThat(s.baseUrl().toString()).isEqualTo("https://geocoding.geo.census.gov/geocoder/");
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.offline()).isFalse();
  }

  @Test
  void thePropertyWinsOverTheVariableAndTheVariableForbidsTheNetwork() {
    Properties p = new Properties();
    p.setProperty(GeocoderSettings.URL_PROPERTY, "http://127.0.0.1:9/geocoder");
    p.setProperty(GeocoderSettings.TIMEOUT_PROPERTY, "250");
    GeocoderSettings s =
        GeocoderSettings.from(
            p, Map.of("DEARREP_GEOCODER_URL", "http://elsewhere/", "DEARREP_OFFLINE", "1"));
    assertThat(s.baseUrl().toString()).isEqualTo("http://127.0.0.1:9/geocoder/");
    assertThat(s.timeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(s.offline()).isTrue();
    assertThat(GeocoderSettings.from(new Properties(), Map.of("DEARREP_OFFLINE", "0")).offline())
        .isFalse();
  }

  @Test
  void aUrlThatIsNotHttpIsBadInput() {
    Properties p = new Properties();
    p.setProperty(GeocoderSettings.URL_PROPERTY, "file:///etc/passwd");
    assertThatThrownBy(() -> GeocoderSettings.from(p, Map.of()))
        .isInstanceOf(DearrepException.class)
        .hasMessageContaining("must start with http:// or https://");
  }

  @Test
  void offlineSettingsSendNothing() {
    GeocoderSettings s = GeocoderSettings.from(new Properties(), Map.of()).offline(true);
    assertThatThrownBy(() -> new CensusGeocoder(s).match("200 E Santa Clara St, San Jose, CA"))
        .isInstanceOf(GeocoderException.class)
        .hasMessageContaining("forbids sending the address");
  }

  @Test
  void streetAddressesAreToldFromDistrictsAndZips() {
    assertThat(AddressText.looksLikeStreetAddress("200 E Santa Clara St, San Jose, CA 95113"))
        .isTrue();
    assertThat(AddressText.looksLikeStreetAddress("1600 Pennsylvania Avenue NW, Washington, DC"))
        .isTrue();
    assertThat(AddressText.looksLikeStreetAddress("535 N 5th St San Jose CA 95112")).isTrue();
    for (String district :
        new String[] {
          "CA-AD25",
          "95113",
          "95113-1905",
          "CA",
          "san-jose-2",
          "San Jose council 2",
          "MA-HD\"7th Hampden\"",
          "ocd-division/country:us/state:ca/sldl:25",
          "25 Main"
        }) {
      assertThat(AddressText.looksLikeStreetAddress(district)).as(district).isFalse();
    }
    assertThat(AddressText.zip("200 E Santa Clara St, San Jose, CA 95113-1905")).contains("95113");
    assertThat(AddressText.zip("200 E Santa Clara St, San Jose, CA")).isEmpty();
  }
}
