package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.lookup.Directory;
import dearrep.lookup.DistrictQuery;
import dearrep.lookup.Lookup;
import dearrep.lookup.Representation;
import dearrep.model.DearrepException;
import dearrep.model.Person;
import dearrep.model.Role;
import dearrep.model.StateBundle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDataTest {

  @TempDir Path data;

  static Path fixture(String name) {
    try {
      return Path.of(UserDataTest.class.getResource("/userdata/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Person person(List<StateBundle> bundles, String name) {
    return bundles.stream()
        .flatMap(b -> b.people().stream())
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCountySupervisorSitsInTheCountysCouncilDistrict() {
    List<StateBundle> bundles = UserData.load(fixture("people"), true, w -> {});
    Person supervisor = person(bundles, "Example Supervisor");
    assertThat(supervisor.id()).isEqualTo("user:example-supervisor");
    Role role = supervisor.primaryRole();
    assertThat(role.type()).isEqualTo("councilmember");
    assertThat(role.title()).isEqualTo("Supervisor");
    assertThat(role.body()).isEqualTo("Santa Clara County");
    assertThat(role.district()).isEqualTo("3");
    assertThat(role.divisionId())
        .isEqualTo("ocd-division/country:us/state:ca/county:santa_clara/council_district:3");
    assertThat(supervisor.provenance().dataset()).isEqualTo("user:example-supervisor.yml");
    assertThat(supervisor.provenance().snapshotDate()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void aCityCouncilmemberSitsInTheCitysCouncilDistrict() {
    List<StateBundle> bundles = UserData.load(fixture("people"), true, w -> {});
    assertThat(bundles).singleElement().satisfies(b -> assertThat(b.state()).isEqualTo("CA"));
    Person salas = person(bundles, "Carl Salas");
    assertThat(salas.primaryRole().title()).isEqualTo("Councilmember");
    assertThat(salas.primaryRole().body()).isEqualTo("San Jose City Council");
    assertThat(salas.primaryRole().divisionId())
        .isEqualTo("ocd-division/country:us/state:ca/place:san_jose/council_district:3");
    assertThat(salas.offices().get(0).address())
        .isEqualTo("200 E. Santa Clara St.; San Jose, CA 95113");
    assertThat(salas.email()).isNull();
    assertThat(bundles.get(0).divisions())
        .extracting(d -> d.id() + " " + d.name())
        .containsExactlyInAnyOrder(
            "ocd-division/country:us/state:ca/place:san_jose/council_district:3 San Jose City Council district 3",
            "ocd-division/country:us/state:ca/county:santa_clara/council_district:3 Santa Clara County district 3");
  }

  @Test
  void aNewCouncilDistrictBecomesResolvable() throws IOException {
    Upstream.importOpenStates(data); // the mayor, no council
    Lookup bundledOnly = new Lookup(new Directory(BundleSource.folder(data), List.of()));
    assertThatThrownBy(() -> bundledOnly.find(DistrictQuery.parse("san-jose-3")))
        .isInstanceOf(DearrepException.class);

    Lookup withUser =
        new Lookup(
            new Directory(
                BundleSource.folder(data), UserData.load(fixture("people"), true, w -> {})));
    assertThat(withUser.find(DistrictQuery.parse("san-jose-3")).members())
        .extracting(m -> m.person().name())
        .containsExactly("Carl Salas");
    assertThat(withUser.find(DistrictQuery.parse("santa-clara-3")).members())
        .extracting(m -> m.person().name())
        .containsExactly("Example Supervisor");
  }

  @Test
  void aUserRecordReplacesTheBundledOneWithTheSameId() throws IOException {
    Upstream.importOpenStates(data);
    Upstream.importCivicPatch(data);
    Lookup withUser =
        new Lookup(
            new Directory(
                BundleSource.folder(data), UserData.load(fixture("people"), true, w -> {})));
    List<Representation.Member> members =
        withUser.find(DistrictQuery.parse("san-jose-3")).members();
    assertThat(members)
        .singleElement()
        .satisfies(
            m -> {
              Person p = m.person();
              assertThat(p.id()).isEqualTo("civicpatch:ca/san_jose/carl-salas");
              assertThat(p.provenance().dataset()).isEqualTo("user:carl-salas-from-civicpatch.yml");
            });
    assertThat(withUser.directory().person("civicpatch:ca/san_jose/carl-salas"))
        .hasValueSatisfying(p -> assertThat(p.provenance().dataset()).startsWith("user:"));
    assertThat(withUser.find(DistrictQuery.parse("san-jose-2")).members())
        .extracting(m -> m.person().name())
        .containsExactly("Pamela Campos");
  }

  @Test
  void aBrokenFileInANamedFolderStopsTheRunNamingFileAndLine() {
    Path folder = fixture("broken");
    assertThatThrownBy(() -> UserData.load(folder, true, w -> {}))
        .isInstanceOf(DearrepException.class)
        .satisfies(
            e ->
                assertThat(((DearrepException) e).kind())
                    .isEqualTo(DearrepException.Kind.BAD_INPUT))
        .hasMessageStartingWith(folder.resolve("bad-indent.yml") + ": line 4: not valid YAML (")
        .hasMessageEndingWith(" — fix or remove the file");
  }

  @Test
  void aBrokenFileInTheDefaultFolderIsSkippedWithAWarning() {
    List<String> warnings = new ArrayList<>();
    assertThat(UserData.load(fixture("broken"), false, warnings::add)).isEmpty();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w ->
                assertThat(w)
                    .contains("bad-indent.yml: line 4:")
                    .endsWith("— skipped; fix or remove the file"));
  }

  @Test
  void aRoleDearrepCannotMapIsAnError() {
    Path folder = fixture("unknown-role");
    assertThatThrownBy(() -> UserData.load(folder, true, w -> {}))
        .hasMessage(
            folder.resolve("example-dogcatcher.yml")
                + ": unknown role type 'dogcatcher', role skipped — fix or remove the file");
  }

  @Test
  void aNamedFolderThatDoesNotExistIsBadInput() {
    Path missing = data.resolve("nowhere");
    assertThatThrownBy(() -> UserData.load(missing, true, w -> {}))
        .isInstanceOf(DearrepException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
    assertThat(UserData.load(missing, false, w -> {})).isEmpty();
  }

  @Test
  void twoFilesWithOneIdAreAnError() throws IOException {
    Path folder = Files.createDirectories(data.resolve("people"));
    Files.copy(fixture("people/carl-salas-from-civicpatch.yml"), folder.resolve("a.yml"));
    Files.copy(fixture("people/carl-salas-from-civicpatch.yml"), folder.resolve("b.yaml"));
    Files.writeString(folder.resolve(".hidden.yml"), "not: [valid");
    assertThatThrownBy(() -> UserData.load(folder, true, w -> {}))
        .hasMessage(
            folder.resolve("b.yaml")
                + ": id civicpatch:ca/san_jose/carl-salas is also the id in a.yml"
                + " — fix or remove the file");
  }
}
