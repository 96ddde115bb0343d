package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code dearrep show}: the full contact card. */
class ShowCommandTest {

  private static final String KALRA = "ocd-person/820619fd-d053-4915-b099-1d134a880228";

  @Test
  void cardHasEveryFieldOfTheSeedContactCard() {
    Cli.Result r = Cli.run("show", KALRA, "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Ash Kalra")
        .contains("Assemblymember, California State Assembly, District 25")
        .containsPattern("State +CA")
        .containsPattern("Party +Democratic")
        .contains("In office since")
        .contains("Room 4610, 1021 O St.")
        .contains("916-319-2025")
        .contains("408-286-2535")
        .contains("assemblymember.kalra@assembly.ca.gov")
        .contains("https://a25.asmdc.org/")
        .contains("Committees")
        .contains("openstates-people, snapshot of 2026-08-05");
  }

  @Test
  void congressCardShowsDcOfficeSocialAccountsAndCommitteeRoles() {
    Cli.Result r = Cli.run("show", "bioguide:L000607");
    assertThat(r.out())
        .contains("D.C. office")
        .contains("1117 Longworth House Office Building")
        .contains("Twitter")
        .contains("congress-legislators, snapshot of 2026-06-15");
  }

  @Test
  void chairsAreMarkedInTheCommitteeList() {
    Cli.Result r = Cli.run("show", KALRA);
    assertThat(r.out()).containsPattern("\\((chair|vice chair)\\)");
  }

  @Test
  void numberRefersToTheLastLookupInTheSameSession() {
    Session session = new Session();
    Cli.run(session, "lookup", "CA");
    Cli.Result r = Cli.run(session, "show", "1");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("United States Senate");
  }

  @Test
  void numberWithoutAnEarlierLookupIsBadInput(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path state) {
    Session fresh = new Session(new LastLookup(state.resolve("last-lookup")));
    Cli.Result r = Cli.run(fresh, "show", "2");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no earlier lookup");
  }

  @Test
  void unknownIdIsNotFound() {
    Cli.Result r = Cli.run("show", "ocd-person/00000000-0000-0000-0000-000000000000");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no person with id");
  }

  @Test
  void jsonIsOnePersonWithStableFieldNames() throws Exception {
    JsonNode p = new ObjectMapper().readTree(Cli.run("show", KALRA, "--json").out());
    assertThat(p.path("id").asText()).isEqualTo(KALRA);
    assertThat(p.path("familyName").asText()).isEqualTo("Kalra");
    assertThat(p.path("roles").get(0).path("divisionId").asText())
        .isEqualTo("ocd-division/country:us/state:ca/sldl:25");
    assertThat(p.path("provenance").path("dataset").asText()).isEqualTo("openstates-people");
    assertThat(p.path("offices").get(0).has("capitol")).as("no derived flags in JSON").isFalse();
  }
}
