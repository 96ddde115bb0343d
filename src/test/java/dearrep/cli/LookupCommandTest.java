package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dearrep lookup} as a user runs it, against the bundled data. */
class LookupCommandTest {

  @Test
  void aTerritoryWithoutItsGovernmentInTheDataSaysSoRatherThanCallingTheSeatVacant() {
    for (String territory : List.of("GU", "VI", "AS", "MP")) {
      Cli.Result r = Cli.run("lookup", territory, "--no-color");
      assertThat(r.out())
          .as(territory)
          .contains("No officials of the territorial government")
          .contains("dearrep lookup " + territory + "-AL")
          .doesNotContain("vacant");
      assertThat(Cli.run("lookup", territory + "-AL").exitCode()).as(territory).isZero();
    }
    // a point in Guam: its legislature is in the chamber table but nobody of it is in the data
    assertThat(Cli.run("lookup", "--lat", "13.4745", "--lon", "144.7504", "--no-color").out())
        .contains("Delegate James C. Moylan")
        .contains("Guam Legislature\n    no member of this chamber is in the bundled data")
        .doesNotContain("GU-LD");
    assertThat(Cli.run("lookup", "--lat", "41.2116707", "--lon", "-95.9872807").out())
        .as("a chamber with members in the data is placed as before")
        .contains("Senator Margo Juarez (District 5)");
    assertThat(Cli.run("lookup", "GA-CD13", "--no-color").out())
        .contains("1 seat with no current member in the data (vacant, or missing from the source)");
  }

  @Test
  void theDistrictOfColumbiasChiefExecutiveIsItsMayorOnEverySurface() {
    // Open States files her as a governor; the title says what the office is
    Cli.Result card = Cli.run("lookup", "DC", "--no-color");
    assertThat(card.out()).contains("Mayor, District of Columbia").doesNotContain("Governor");
    assertThat(Cli.run("lookup", "--zip", "20001", "--no-color").out())
        .contains("Mayor Muriel Bowser")
        .doesNotContain("Governor");
    assertThat(Cli.run("lookup", "--name", "bowser").out()).contains("Mayor");
  }

  @Test
  void assemblyDistrictShowsKalraWithBothOfficesEmailAndWebsite() {
    Cli.Result r = Cli.run("lookup", "CA-AD25");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Ash Kalra")
        .contains("Assemblymember, California State Assembly, District 25")
        .contains("Room 4610, 1021 O St.")
        .contains("Sacramento")
        .contains("916-319-2025")
        .contains("San Jose, CA 95113")
        .contains("408-286-2535")
        .contains("assemblymember.kalra@assembly.ca.gov")
        .contains("https://a25.asmdc.org/")
        .contains("People data: openstates-people of 2026-08-05.");
    // On 2026-11-30 (the build's injected day) the only notice is the election's
    assertThat(String.join(" ", r.err().lines().toList()))
        .startsWith("The people data (2026-08-05) predates the general election of 2026-11-03")
        .endsWith("no term end in the source: Assemblymember Kalra.");
  }

  @ParameterizedTest
  @CsvSource({
    "ca-ad25, Ash Kalra",
    "CA-HD25, Ash Kalra",
    "ocd-division/country:us/state:ca/sldl:25, Ash Kalra",
    "CA-SD15, Dave Cortese",
    "CA-16, Sam T. Liccardo",
    "CA-CD16, Sam T. Liccardo",
    "CA-016, Sam T. Liccardo",
    "WY-AL, Hageman",
    "CA, Alex Padilla",
    "CA, Gavin Newsom",
    "'MA-HD\"7th Hampden\"', Representative",
    "NE-LD5, Senator",
  })
  void everyQueryFormFindsItsMembers(String query, String expected) {
    Cli.Result r = Cli.run("lookup", query, "--no-color");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(expected);
  }

  @Test
  void districtByPartsMatchesTheShortForm() {
    Cli.Result parts =
        Cli.run("lookup", "--state", "MA", "--chamber", "lower", "--district", "7th Hampden");
    Cli.Result shortForm = Cli.run("lookup", "MA-HD 7th Hampden");
    assertThat(parts.exitCode()).isZero();
    assertThat(parts.out()).isEqualTo(shortForm.out()).contains("7th Hampden");
  }

  @Test
  void statewideListsSenatorsBeforeTheGovernor() {
    String out = Cli.run("lookup", "CA").out();
    assertThat(out.indexOf("Alex Padilla")).isLessThan(out.indexOf("Gavin Newsom"));
    assertThat(out).contains("Senator, United States Senate").contains("Governor");
  }

  @Test
  void everyChamberAnswersWithItsTitleFromTheChamberTable() {
    assertThat(Cli.run("lookup", "NY-AD1").out())
        .contains("Assembly Member, New York State Assembly");
    assertThat(Cli.run("lookup", "MD-HD1A").out()).contains("Delegate");
    assertThat(Cli.run("lookup", "WI-AD1").out())
        .contains("Representative, Wisconsin State Assembly");
    assertThat(Cli.run("lookup", "TX-SD1").out()).contains("Senator, Texas State Senate");
    assertThat(Cli.run("lookup", "DC-LD Ward 1").out()).contains("Councilmember");
  }

  @Test
  void multiMemberDistrictListsEveryMember() {
    Cli.Result r = Cli.run("lookup", "VT-SD Chittenden-Central");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("3. ");
  }

  @Test
  void nameSearchIgnoresCaseAndAccents() {
    Cli.Result r = Cli.run("lookup", "--name", "KALRA");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Ash Kalra");
    Cli.Result accented = Cli.run("lookup", "--name", "pena");
    assertThat(accented.out()).containsAnyOf("Peña", "Pena");
  }

  @Test
  void jsonOfAHouseSeatCarriesOfficesAndSocialAccounts() throws Exception {
    Cli.Result r = Cli.run("lookup", "CA-16", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("division").path("id").asText())
        .isEqualTo("ocd-division/country:us/state:ca/cd:16");
    JsonNode member = root.path("members").get(0);
    JsonNode person = member.path("person");
    assertThat(person.path("name").asText()).isEqualTo("Sam T. Liccardo");
    assertThat(person.path("id").asText()).isEqualTo("bioguide:L000607");
    assertThat(member.path("role").path("title").asText()).isEqualTo("Representative");
    JsonNode dc = person.path("offices").get(0);
    assertThat(dc.path("classification").asText()).isEqualTo("capitol");
    assertThat(dc.path("address").asText()).contains("1117 Longworth House Office Building");
    assertThat(dc.path("voice").asText()).isEqualTo("202-225-8104");
    assertThat(person.path("offices").findValuesAsText("classification")).contains("district");
    assertThat(person.path("social").path("twitter").asText()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({
    "XX-AD1, 2, unknown state 'XX'",
    "CA-AD99, 2, California's Assembly has districts 1–80",
    "CA-SD41, 2, California's Senate has districts 1–40",
    "CA-99, 2, California has congressional districts 1–52",
    "NE-CD9, 2, Nebraska has congressional districts 1–3",
    "ocd-division/country:us/state:ca/sldl:999, 3, no division",
    "ocd-division/country:us//x, 2, malformed OCD division id",
    "springfield-3, 3, no council members for 'springfield'",
    "nonsense-query-here, 2, cannot read 'nonsense-query-here' as a district",
    "'', 2, empty query",
  })
  void badQueriesFailWithOneClearLineAndTheDocumentedCode(String query, int code, String message) {
    Cli.Result r = Cli.run("lookup", query);
    assertThat(r.exitCode()).isEqualTo(code);
    assertThat(r.err()).contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void emptyNameIsBadInput() {
    Cli.Result r = Cli.run("lookup", "--name", "  ");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("empty name");
  }

  @Test
  void unknownNameFindsNothingWithExitThree() {
    Cli.Result r = Cli.run("lookup", "--name", "zzzxqy");
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("lookup", "--frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("--help");
  }
}
