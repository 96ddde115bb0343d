package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.CommitteeSeat;
import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.Social;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CongressImporterTest {

  @TempDir static Path data;
  static ImportReport report;

  @BeforeAll
  static void importFixtures() throws IOException {
    report = Upstream.importCongress(data);
  }

  @Test
  void liccardoRepresentsCalifornia16() throws IOException {
    Person liccardo = Upstream.person(data, "CA", "Sam T. Liccardo");
    assertThat(liccardo.id()).isEqualTo("bioguide:L000607");
    assertThat(liccardo.givenName()).isEqualTo("Sam");
    assertThat(liccardo.familyName()).isEqualTo("Liccardo");
    assertThat(liccardo.party()).isEqualTo("Democratic");
    Role role = liccardo.primaryRole();
    assertThat(role.type()).isEqualTo("lower");
    assertThat(role.level()).isEqualTo(Level.FEDERAL);
    assertThat(role.isCongress()).isTrue();
    assertThat(role.title()).isEqualTo("Representative");
    assertThat(role.body()).isEqualTo("United States House of Representatives");
    assertThat(role.district()).isEqualTo("16");
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca/cd:16");
    assertThat(role.since()).isEqualTo("2025-01-03");
    assertThat(liccardo.provenance().dataset()).isEqualTo("congress-legislators");
    assertThat(liccardo.provenance().snapshotDate()).isEqualTo("2026-06-15");
  }

  @Test
  void liccardoCanBeReachedInWashingtonAndHalfMoonBay() throws IOException {
    Person liccardo = Upstream.person(data, "CA", "Sam T. Liccardo");
    assertThat(liccardo.offices())
        .containsExactly(
            new Office(
                "capitol",
                null,
                "1117 Longworth House Office Building, Washington, DC 20515-0516",
                "202-225-8104",
                null),
            new Office(
                "district",
                "Half Moon Bay",
                "270 Capistrano Rd, Suite 6, Half Moon Bay, CA 94019",
                null,
                null));
    assertThat(liccardo.links()).containsExactly("https://liccardo.house.gov");
    assertThat(liccardo.social()).isEqualTo(new Social("repliccardo", null, "repliccardo", null));
    assertThat(liccardo.committees())
        .containsExactly(
            new CommitteeSeat("House Committee on Financial Services", "lower", "member"));
    assertThat(liccardo.ids())
        .containsEntry("bioguide", "L000607")
        .containsEntry("fec", "H4CA16197");
  }

  @Test
  void senatorRepresentsTheStateSinceFirstContiguousTerm() throws IOException {
    Person padilla = Upstream.person(data, "CA", "Alex Padilla");
    Role role = padilla.primaryRole();
    assertThat(role.type()).isEqualTo("upper");
    assertThat(role.title()).isEqualTo("Senator");
    assertThat(role.body()).isEqualTo("United States Senate");
    assertThat(role.district()).isNull();
    assertThat(role.divisionId()).isEqualTo("ocd-division/country:us/state:ca");
    assertThat(role.since()).isEqualTo("2021-01-20");
    assertThat(padilla.contactForm()).isEqualTo("https://www.padilla.senate.gov/contact/");
    assertThat(padilla.offices()).filteredOn(Office::isDistrict).isNotEmpty();
    assertThat(padilla.committees())
        .contains(
            new CommitteeSeat(
                "Senate Committee on Rules and Administration", "upper", "ranking member"));
  }

  @Test
  void delegateAndAtLargeSeats() throws IOException {
    Role norton = Upstream.person(data, "DC", "Eleanor Holmes Norton").primaryRole();
    assertThat(norton.title()).isEqualTo("Delegate");
    assertThat(norton.district()).isEqualTo("at-large");
    assertThat(norton.divisionId()).isEqualTo("ocd-division/country:us/district:dc/cd:at-large");

    Person hageman = Upstream.person(data, "WY", "Harriet M. Hageman");
    assertThat(hageman.primaryRole().divisionId())
        .isEqualTo("ocd-division/country:us/state:wy/cd:at-large");
    assertThat(hageman.party()).isEqualTo("Republican");
    assertThat(hageman.offices()).extracting(Office::name).contains("Cheyenne", "Casper");
    // only full committees: her Natural Resources subcommittee seat is not listed
    assertThat(hageman.committees())
        .extracting(CommitteeSeat::committee)
        .containsExactly(
            "House Committee on Natural Resources", "House Committee on the Judiciary");
  }

  @Test
  void divisionsAreTheStateAndItsCurrentHouseDistricts() throws IOException {
    assertThat(Upstream.bundle(data, "CA").divisions())
        .extracting(d -> d.id())
        .containsExactly(
            "ocd-division/country:us/state:ca", "ocd-division/country:us/state:ca/cd:16");
  }

  @Test
  void countsAndSource() throws IOException {
    assertThat(report.people()).isEqualTo(4);
    assertThat(report.warnings()).isEmpty();
    assertThat(Upstream.sources(data))
        .anySatisfy(
            d -> {
              assertThat(d.key()).isEqualTo("congress-legislators");
              assertThat(d.validThrough()).isEqualTo("2027-01-03");
              assertThat(d.commit()).isEqualTo("dfa9622263dd4c8d08636926e498f1845704d7eb");
              assertThat(d.records()).isEqualTo(4);
            });
  }
}
