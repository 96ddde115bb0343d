package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.CommitteeSeat;
import dearrep.model.Division;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivicPatchImporterTest {

  @TempDir static Path data;
  static ImportReport report;

  @BeforeAll
  static void importFixtures() throws IOException {
    Upstream.importOpenStates(data);
    report = Upstream.importCivicPatch(data);
  }

  @Test
  void pamelaCamposIsCouncilmemberForDistrict2() throws IOException {
    Person campos = Upstream.person(data, "CA", "Pamela Campos");
    assertThat(campos.id()).isEqualTo("civicpatch:ca/san_jose/pamela-campos");
    assertThat(campos.familyName()).isEqualTo("Campos");
    assertThat(campos.party()).isNull();
    Role role = campos.primaryRole();
    assertThat(role)
        .isEqualTo(
            new Role(
                "councilmember",
                Level.LOCAL,
                "Councilmember",
                "San Jose City Council",
                "CA",
                "2",
                "ocd-division/country:us/state:ca/place:san_jose/council_district:2",
                "ocd-jurisdiction/country:us/state:ca/place:san_jose/government",
                null,
                "2028-12-31",
                null));
    assertThat(campos.email()).isEqualTo("district2@sanjoseca.gov");
    assertThat(campos.provenance()).isEqualTo(new Provenance("civicpatch-san-jose", "2025-07-17"));
    assertThat(campos.committees()).isEmpty();
  }

  @Test
  void officeIsCityHallFromTheMayorsOpenStatesRecordWithTheMembersPhone() throws IOException {
    Person campos = Upstream.person(data, "CA", "Pamela Campos");
    assertThat(campos.offices())
        .containsExactly(
            new Office(
                "primary",
                null,
                "200 E. Santa Clara St.; San Jose, CA 95113",
                "(408) 535-4902",
                null));
  }

  @Test
  void websiteIsALinkNotAContactFormAndNotRepeatedAmongSources() throws IOException {
    Person campos = Upstream.person(data, "CA", "Pamela Campos");
    String bio =
        "https://www.sanjoseca.gov/your-government/departments-offices/mayor-and-city-council/district-2/councilmember-pamela-campos-biography";
    assertThat(campos.links()).containsExactly(bio);
    assertThat(campos.contactForm()).isNull();
    assertThat(campos.sources())
        .containsExactly(
            "https://www.sanjoseca.gov/your-government/city-council",
            "https://www.sanjoseca.gov/your-government/departments-offices/mayor-and-city-council/district-2");
  }

  @Test
  void aBlankEmailIsLeftOutAndReportedByTheCheck() throws IOException {
    Person salas = Upstream.person(data, "CA", "Carl Salas");
    assertThat(salas.email()).isNull();
    assertThat(salas.contactForm()).isNull();
    assertThat(salas.primaryRole().endDate()).isNull();
    StateBundle ca = Upstream.bundle(data, "CA");
    assertThat(BundleCheck.check(java.util.List.of(ca)))
        .contains(
            new BundleCheck.Problem(
                BundleCheck.Severity.WARNING,
                "CA",
                salas.id(),
                "no e-mail address or contact form"));
  }

  @Test
  void viceMayorIsASeatOnTheCouncilAndTheTitleStaysCouncilmember() throws IOException {
    Person foley = Upstream.person(data, "CA", "Pam Foley");
    assertThat(foley.primaryRole().title()).isEqualTo("Councilmember");
    assertThat(foley.primaryRole().startDate()).isEqualTo("2025-01");
    assertThat(foley.committees())
        .containsExactly(new CommitteeSeat("San Jose City Council", "legislature", "vice mayor"));
  }

  @Test
  void theMayorIsOpenStatesOnlyNotASecondRecord() throws IOException {
    StateBundle ca = Upstream.bundle(data, "CA");
    assertThat(ca.people().stream().filter(p -> p.name().equals("Matt Mahan")))
        .singleElement()
        .satisfies(p -> assertThat(p.id()).startsWith("ocd-person/"));
    assertThat(report.warnings())
        .containsExactly(
            "people.yml: Matt Mahan: mayor, skipped (Open States has the mayor's record)");
    assertThat(report.summary()).startsWith("civicpatch-san-jose: 4 people");
  }

  @Test
  void declaresTheTenCouncilDistrictsNamedAsInOcdDivisionIds() throws IOException {
    StateBundle ca = Upstream.bundle(data, "CA");
    assertThat(ca.divisions().stream().filter(d -> d.kind().equals("council_district")))
        .hasSize(10)
        .contains(
            new Division(
                "ocd-division/country:us/state:ca/place:san_jose/council_district:2",
                "San Jose CA city council district 2",
                "CA",
                "council_district",
                null,
                "2",
                1));
    assertThat(ca.divisions()).noneMatch(d -> d.id().contains("county:santa_clara"));
  }

  @Test
  void openStatesImportedAgainKeepsTheCouncil() throws IOException {
    Upstream.importOpenStates(data);
    StateBundle ca = Upstream.bundle(data, "CA");
    assertThat(ca.people()).anyMatch(p -> p.name().equals("Pamela Campos"));
    assertThat(ca.divisions()).anyMatch(d -> d.kind().equals("council_district"));
    assertThat(Upstream.sources(data))
        .anyMatch(d -> d.key().equals("civicpatch-san-jose") && d.records() == 4);
  }

  @Test
  void idsComeFromTheNameWithoutAccents() {
    assertThat(CivicPatchImporter.idOf("José Peña")).isEqualTo("civicpatch:ca/san_jose/jose-pena");
  }

  // Ids are kept in the bundle, in batch manifests and in the last lookup: the shared slug must
  // give every bundled council member the id that the importer's earlier own rule gave them.
  @Test
  void everyBundledCouncilIdIsTheOneItsNameGives() {
    var people =
        dearrep.lookup.Directory.bundled().state("CA").people().stream()
            .filter(p -> p.id().startsWith("civicpatch:"))
            .toList();
    assertThat(people).isNotEmpty();
    assertThat(people)
        .allSatisfy(p -> assertThat(CivicPatchImporter.idOf(p.name())).isEqualTo(p.id()));
  }
}
