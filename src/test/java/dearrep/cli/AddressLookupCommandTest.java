package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.testing.CensusReplay;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code lookup --address}, as a user runs it, against a local server replaying the Census
 * Geocoder's recorded answers: every level and the city from the geocoder, the vintage of the
 * lines, and every way the service can fail.
 */
class AddressLookupCommandTest {

  private static final String CITY_HALL = "200 E Santa Clara St, San Jose, CA 95113";
  private static final String TODAY = "2026-11-30";

  private static Cli.Result run(CensusReplay server, String... args) {
    Session session = new Session();
    session.useGeocoder(server.settings(TODAY));
    return Cli.run(session, args);
  }

  @Test
  void cityHallIsPlacedAtEveryLevelWithTheMatchedAddressAndTheCitysMayor() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Cli.Result r = run(server, "lookup", "--address", CITY_HALL, "--no-color");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out())
          .contains(
              "address matched by the U.S. Census Geocoder: 200 E SANTA CLARA ST, SAN JOSE, CA, 95113")
          .contains(
              "lines: 119th Congressional Districts, 2024 State Legislative Districts (Census vintage"
                  + " ACS2025_Current: the lines the members serving now were elected on)")
          .contains("city: San Jose (the incorporated place the address is in)")
          .contains("Address at 37.3377, -121.8853 — San Jose, Santa Clara County, CA")
          .contains("Senator Alex Padilla")
          .contains("Representative Zoe Lofgren (District 18)")
          .contains("Governor Gavin Newsom")
          .contains("Assemblymember Ash Kalra (District 25)")
          .contains("Senator Dave Cortese (District 15)")
          .contains("Mayor Matt Mahan")
          .contains("the city the address is in (San Jose city, Census incorporated place)")
          .contains("San Jose City Council")
          .doesNotContain("possible districts");
      assertThat(server.requests()).hasSize(1);
      assertThat(server.requests().get(0))
          .startsWith("GET /geocoder/geographies/onelineaddress?")
          .contains("vintage=ACS2025_Current")
          .contains("benchmark=Public_AR_Current");
    }
  }

  @Test
  void aQuotedStreetAddressAsTheQueryIsTheSameLookup() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Cli.Result asQuery = run(server, "lookup", CITY_HALL);
      Cli.Result asOption = run(server, "lookup", "--address", CITY_HALL);
      assertThat(asQuery.exitCode()).isZero();
      assertThat(asQuery.out()).isEqualTo(asOption.out()).contains("Ash Kalra");
      // the prefetch thread of a plain lookup never sends the address: one request per run
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void afterTheNewCongressIsSeatedItAsksForTheCurrentLines() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Session session = new Session();
      session.useGeocoder(server.settings("2027-01-04"));
      Cli.run(session, "lookup", "--address", CITY_HALL);
      Session before = new Session();
      before.useGeocoder(server.settings("2027-01-03"));
      Cli.run(before, "lookup", "--address", CITY_HALL);
      assertThat(server.requests().get(0)).contains("vintage=Current_Current");
      assertThat(server.requests().get(1)).contains("vintage=ACS2025_Current");
    }
  }

  @Test
  void anAddressInASplitZipIsPlacedInOneDistrictWhereTheZipListsSeveral() {
    try (CensusReplay server = CensusReplay.serving("split-zip-japantown.json")) {
      Cli.Result zip = Cli.run("lookup", "--zip", "95112", "--no-color");
      assertThat(zip.out()).contains("3 possible districts");
      Cli.Result r =
          run(server, "lookup", "--address", "535 N 5th St, San Jose, CA 95112", "--no-color");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out())
          .contains("535 N 5TH ST, SAN JOSE, CA, 95112")
          .contains("Representative Zoe Lofgren (District 18)")
          .doesNotContain("Ro Khanna")
          .doesNotContain("Sam T. Liccardo")
          .doesNotContain("possible districts");
    }
  }

  @Test
  void jsonCarriesTheMatchAndEverySeat() throws Exception {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      JsonNode json =
          new ObjectMapper()
              .readTree(run(server, "lookup", "--address", CITY_HALL, "--json").out());
      assertThat(json.path("status").asText()).isEqualTo("MATCHED");
      assertThat(json.path("match").path("matchedAddress").asText())
          .isEqualTo("200 E SANTA CLARA ST, SAN JOSE, CA, 95113");
      assertThat(json.path("match").path("vintage").asText()).isEqualTo("ACS2025_Current");
      assertThat(json.path("place").path("city").asText()).isEqualTo("San Jose");
      assertThat(json.path("place").path("locatedBy").asText()).isEqualTo("address");
      assertThat(json.path("seats").findValuesAsText("kind"))
          .contains("us-senate", "cd", "statewide", "sldl", "sldu", "mayor");
      for (JsonNode seat : json.path("seats")) {
        if (seat.path("kind").asText().matches("cd|sldl|sldu|mayor")) {
          assertThat(seat.path("status").asText()).as(seat.toString()).isEqualTo("DETERMINED");
        }
      }
    }
  }

  @Test
  void noMatchSaysSoAndShowsWhatTheZipPlaces() {
    try (CensusReplay server = CensusReplay.serving("no-match.json")) {
      Cli.Result r =
          run(server, "lookup", "--address", "1 Nowhere Rd, San Jose, CA 95113", "--no-color");
      assertThat(r.exitCode()).isEqualTo(3);
      assertThat(r.err())
          .contains(
              "the Census Geocoder found no address matching '1 Nowhere Rd, San Jose, CA 95113'")
          .contains("check the house number and street")
          .contains("what ZIP 95113 places");
      assertThat(r.out()).contains("ZIP 95113 — San Jose").contains("Zoe Lofgren");
    }
  }

  @Test
  void aFailedLayerFallsBackToThePointAndSaysSo() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall-failed-layers.json")) {
      Cli.Result r = run(server, "lookup", "--address", CITY_HALL, "--no-color");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.err())
          .contains(
              "The Census Geocoder could not answer for 2024 State Legislative Districts - Lower"
                  + " (Layer query encountered an error: java.lang.RuntimeException: Failed to return):"
                  + " California State Assembly is placed from the point in the bundled boundaries instead.")
          .contains("The Census Geocoder did not say which city the address is in");
      // the layers that answered still decide their seats; the postal city gives the mayor
      assertThat(r.out())
          .contains("Senator Dave Cortese (District 15)")
          .contains("Representative Zoe Lofgren (District 18)")
          .contains("Mayor Matt Mahan")
          .contains("the postal city of the address");
    }
  }

  @Test
  void theRecordedAnswerWithManyFailedLayersStillPlacesTheAddress() {
    try (CensusReplay server = CensusReplay.serving("recorded-white-house-failed-layers.json")) {
      Cli.Result r =
          run(
              server,
              "lookup",
              "--address",
              "1600 Pennsylvania Avenue NW, Washington, DC, 20500",
              "--no-color");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out())
          .contains(
              "address matched by the U.S. Census Geocoder: 1600 PENNSYLVANIA AVE NW, WASHINGTON, DC, 20502")
          .contains("Delegate Eleanor Holmes Norton")
          .contains("city: not known (the Census Geocoder did not say); postal city WASHINGTON")
          .contains("— District of Columbia, DC")
          .doesNotContain("City of Washington");
      assertThat(r.err()).contains("could not answer for 115th Congressional Districts");
    }
  }

  @Test
  void aServerErrorIsTriedTwiceThenOneLineAndTheZipOffline() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json").failing()) {
      Cli.Result r = run(server, "lookup", "--address", CITY_HALL, "--no-color");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err().lines().filter(l -> l.startsWith("dearrep:")).toList())
          .containsExactly(
              "dearrep: could not reach the Census Geocoder: it answered HTTP 500 (127.0.0.1), tried 2"
                  + " times; use --zip or --lat/--lon (below: what ZIP 95113 places offline)");
      assertThat(r.out()).contains("ZIP 95113 — San Jose").contains("Zoe Lofgren");
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void aSlowServerTimesOutIsTriedOnceMoreThenOneLine() {
    try (CensusReplay server =
        CensusReplay.serving("san-jose-city-hall.json").slow(Duration.ofSeconds(3))) {
      long start = System.nanoTime();
      Cli.Result r = run(server, "lookup", "--address", CITY_HALL, "--no-color");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err())
          .contains(
              "dearrep: could not reach the Census Geocoder: no answer from 127.0.0.1 within 1 s, tried 2 times; use --zip or --lat/--lon");
      assertThat(server.requests()).hasSize(2);
      // two attempts of one second each, not the server's three seconds each
      assertThat(millis).isLessThan(5_500);
      assertThat(r.out()).contains("ZIP 95113");
    }
  }

  @Test
  void serverDownIsOneLineAndTheZipOffline() {
    Session session = new Session();
    session.useGeocoder(CensusReplay.settings(CensusReplay.nothingListening(), TODAY));
    Cli.Result r = Cli.run(session, "lookup", "--address", CITY_HALL, "--no-color");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("dearrep:")).toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "dearrep: could not reach the Census Geocoder: cannot connect to 127.0.0.1")
                    .endsWith("use --zip or --lat/--lon (below: what ZIP 95113 places offline)"));
    assertThat(r.out()).contains("ZIP 95113 — San Jose").contains("Zoe Lofgren");
  }

  @Test
  void offlineSendsNothingAndPlacesTheZip() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Cli.Result r = run(server, "lookup", "--address", CITY_HALL, "--offline", "--no-color");
      assertThat(r.exitCode()).isZero();
      assertThat(r.err())
          .contains(
              "--offline (or DEARREP_OFFLINE=1) forbids sending the address to the Census Geocoder");
      assertThat(r.out()).contains("ZIP 95113 — San Jose").contains("Zoe Lofgren");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void theOfflineVariableSendsNothingEither() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      var env =
          java.util.Map.of("DEARREP_OFFLINE", "1", "DEARREP_GEOCODER_URL", server.url().toString());
      Session session = new Session();
      session.useGeocoder(dearrep.geocode.GeocoderSettings.from(new java.util.Properties(), env));
      Cli.Result r = Cli.run(session, "lookup", CITY_HALL, "--no-color");
      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).contains("forbids sending the address");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void offlineWithoutAZipPlacesNothingAndSaysWhatToDo() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Cli.Result r =
          run(server, "lookup", "--address", "200 E Santa Clara St, San Jose, CA", "--offline");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("use --zip or --lat/--lon");
      assertThat(r.out()).isEmpty();
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void anAddressWithOtherPlaceOptionsIsAUsageError() {
    Cli.Result r = Cli.run("lookup", "--address", CITY_HALL, "--zip", "95113");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("give either an address or --zip");
  }

  @Test
  void dataInfoAndHelpSayWhichLinesTheGeocoderIsAskedFor() throws Exception {
    Session now = new Session();
    now.useGeocoder(CensusReplay.settings(CensusReplay.nothingListening(), TODAY));
    assertThat(Cli.run(now, "data", "info", "--no-color").out())
        .contains("Address lookup (online, only with lookup --address or batch --geocode census)")
        .contains("vintage ACS2025_Current: the lines the members serving now were elected on");
    Session later = new Session();
    later.useGeocoder(CensusReplay.settings(CensusReplay.nothingListening(), "2027-02-01"));
    JsonNode json = new ObjectMapper().readTree(Cli.run(later, "data", "info", "--json").out());
    assertThat(json.path("geocoder").path("vintage").asText()).isEqualTo("Current_Current");
    assertThat(Cli.run("lookup", "--help").out())
        .contains("--address")
        .contains("U.S. Census Geocoder")
        .contains("vintage ACS2025_Current")
        .contains("Current_Current")
        .contains("--offline");
  }

  @Test
  void anEmptyAddressIsAUsageErrorAndSendsNothing() {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json")) {
      Cli.Result r = run(server, "lookup", "--address", "  ");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("empty address");
      assertThat(server.requests()).isEmpty();
    }
  }
}
