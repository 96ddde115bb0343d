package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.CommitteeSeat;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import dearrep.model.Vacancy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenStatesImporterTest {

  @TempDir static Path data;
  static ImportReport report;

  @BeforeAll
  static void importFixtures() throws IOException {
    report = Upstream.importOpenStates(data);
  }

  @Test
  void kalraIsAssemblymemberForDistrict25() throws IOException {
    Person kalra = Upstream.person(data, "CA", "Ash Kalra");
    assertThat(kalra.id()).isEqualTo("ocd-person/820619fd-d053-4915-b099-1d134a880228");
    assertThat(kalra.familyName()).isEqualTo("Kalra");
    assertThat(kalra.party()).isEqualTo("Democratic");
    assertThat(kalra.roles()).hasSize(1);
    Role role = kalra.primaryRole();
    assertThat(role.type()).isEqualTo("lower");
    assertThat(role.level()).isEqualTo(Level.STATE);
    assertThat(role.district()).isEqualTo("25");
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca/sldl:25");
    assertThat(role.title()).isEqualTo("Assemblymember");
    assertThat(role.body()).isEqualTo("California State Assembly");
    assertThat(role.state()).isEqualTo("CA");
    assertThat(role.startDate()).isEqualTo("2022-12-05");
    // district 27 before it has no start date upstream: unknown, not 2022-12-05
    assertThat(role.since()).isNull();
    assertThat(kalra.provenance().dataset()).isEqualTo("openstates-people");
    assertThat(kalra.provenance().snapshotDate()).isEqualTo("2026-08-05");
  }

  @Test
  void kalraCanBeReachedAtTheCapitolAndInSanJose() throws IOException {
    Person kalra = Upstream.person(data, "CA", "Ash Kalra");
    assertThat(kalra.offices())
        .containsExactly(
            new Office(
                "capitol",
                null,
                "Room 4610, 1021 O St. P.O. Box 942849, Sacramento, CA 94249",
                "916-319-2025",
                null),
            new Office(
                "district",
                null,
                "111 W. Saint John St. Suite 1150, San Jose, CA 95113",
                "408-286-2535",
                null));
    assertThat(kalra.email()).isEqualTo("assemblymember.kalra@assembly.ca.gov");
    assertThat(kalra.links()).first().isEqualTo("https://a25.asmdc.org/");
    assertThat(kalra.ids()).containsEntry("legacy_openstates", "CAL000516");
    assertThat(kalra.sources()).contains("https://assembly.ca.gov/assemblymembers");
  }

  @Test
  void kalraChairsTheCommitteeHeChairsUpstream() throws IOException {
    Person kalra = Upstream.person(data, "CA", "Ash Kalra");
    assertThat(kalra.committees())
        .containsExactly(
            new CommitteeSeat("Alternative Protein Innovation Select", "lower", "chair"));
  }

  @Test
  void corteseIsStateSenatorForDistrict15() throws IOException {
    Role role = Upstream.person(data, "CA", "Dave Cortese").primaryRole();
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca/sldu:15");
    assertThat(role.title()).isEqualTo("Senator");
    assertThat(role.body()).isEqualTo("California State Senate");
  }

  @Test
  void governorIsKeptThoughUpstreamTermEndHasPassed() throws IOException {
    Person newsom = Upstream.person(data, "CA", "Gavin Newsom");
    Role role = newsom.primaryRole();
    assertThat(role.title()).isEqualTo("Governor");
    assertThat(role.body()).isEqualTo("State of California");
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca");
    assertThat(newsom.contactForm()).isEqualTo("https://govapps.gov.ca.gov/gov40mail/");
    assertThat(newsom.social().twitter()).isEqualTo("CAgovernor");
    assertThat(newsom.offices().get(0).address())
        .isEqualTo("Governor Gavin Newsom; 1303 10th Street, Suite 1173; Sacramento, CA 95814");
    assertThat(report.warnings())
        .anyMatch(w -> w.startsWith("data/ca/executive/Gavin-Newsom") && w.contains("kept"));
  }

  @Test
  void mayorRepresentsTheCityPlace() throws IOException {
    Person mahan = Upstream.person(data, "CA", "Matt Mahan");
    Role role = mahan.primaryRole();
    assertThat(role.level()).isEqualTo(Level.LOCAL);
    assertThat(role.title()).isEqualTo("Mayor");
    assertThat(role.body()).isEqualTo("City of San Jose");
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca/place:san_jose");
    assertThat(mahan.offices().get(0).address())
        .isEqualTo("200 E. Santa Clara St.; San Jose, CA 95113");
    assertThat(Upstream.bundle(data, "CA").divisions())
        .anyMatch(d -> d.id().equals(role.divisionId()) && d.kind().equals("place"));
  }

  @Test
  void namedDistrictsMatchTheTable() throws IOException {
    Role ma = Upstream.person(data, "MA", "Aaron Saunders").primaryRole();
    assertThat(ma.district()).isEqualTo("7th Hampden");
    assertThat(ma.divisionId()).isEqualTo("ocd-division/country:us/state:ma/sldl:7th_hampden");
    assertThat(ma.body()).isEqualTo("Massachusetts House of Representatives");
    assertThat(ma.title()).isEqualTo("Representative");
  }

  @Test
  void unicameralLegislaturesUseTheirOwnName() throws IOException {
    Role ne = Upstream.person(data, "NE", "Ashlei Spivey").primaryRole();
    assertThat(ne.type()).isEqualTo("legislature");
    assertThat(ne.body()).isEqualTo("Nebraska Legislature");
    assertThat(ne.title()).isEqualTo("Senator");
    assertThat(ne.divisionId()).isEqualTo("ocd-division/country:us/state:ne/sldu:13");

    Role dc = Upstream.person(data, "DC", "Anita Bonds").primaryRole();
    assertThat(dc.body()).isEqualTo("Council of the District of Columbia");
    assertThat(dc.title()).isEqualTo("Councilmember");
    assertThat(dc.divisionId()).isEqualTo("ocd-division/country:us/district:dc");
  }

  @Test
  void congressInOpenStatesIsLeftToCongressLegislators() {
    assertThat(Files.exists(data.resolve("people/us.json"))).isFalse();
    assertThat(report.peopleByLevel()).doesNotContainKey(Level.FEDERAL);
  }

  @Test
  void currentVacanciesAreKeptAndExpiredOnesReported() throws IOException {
    StateBundle ma = Upstream.bundle(data, "MA");
    assertThat(ma.vacancies())
        .contains(
            new Vacancy(
                "MA",
                "lower",
                "1st Franklin",
                "ocd-division/country:us/state:ma/sldl:1st_franklin",
                "2026-11-05"));
    assertThat(report.warnings()).anyMatch(w -> w.contains("ME lower 29") && w.contains("expired"));
  }

  @Test
  void brokenYamlIsAWarningNamingTheFileAndTheImportGoesOn() {
    assertThat(report.warnings())
        .anyMatch(
            w -> w.startsWith("data/ca/legislature/Broken-Record-00000000.yml: unreadable YAML"));
    assertThat(report.people()).isEqualTo(7);
    assertThat(report.peopleByLevel()).containsEntry(Level.STATE, 6).containsEntry(Level.LOCAL, 1);
  }

  @Test
  void chamberTableIsWrittenWithTheUpstreamColumns() throws IOException {
    var lines = Files.readAllLines(data.resolve("chambers.csv"));
    assertThat(lines.get(0))
        .isEqualTo(
            "state,state_name,fips,legislature,unicameral,chamber,chamber_name,member_title,seats");
    assertThat(lines)
        .contains(
            "CA,California,06,California State Legislature,False,lower,Assembly,Assemblymember,80");
    assertThat(lines).anyMatch(l -> l.startsWith("US,"));
  }
}
