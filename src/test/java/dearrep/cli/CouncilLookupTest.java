package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** City council and county board lookups, bundled and from a user's --data-dir, as typed. */
class CouncilLookupTest {

  static String userData(String name) {
    try {
      return Path.of(CouncilLookupTest.class.getResource("/userdata/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sanJose2IsPamelaCamposWithHerPhoneAndEmail() {
    for (String query : new String[] {"san-jose-2", "San Jose council 2"}) {
      Cli.Result r = Cli.run("lookup", "--no-color", query);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out())
          .contains("Pamela Campos")
          .contains("Councilmember, San Jose City Council, District 2")
          .contains("200 E. Santa Clara St., San Jose, CA 95113")
          .contains("(408) 535-4902")
          .contains("district2@sanjoseca.gov");
    }
  }

  @Test
  void aCountySupervisorFromTheDataDir() {
    Cli.Result r =
        Cli.run("lookup", "--no-color", "--data-dir", userData("people"), "santa-clara-3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Example Supervisor").contains("Supervisor, Santa Clara County");
  }

  @Test
  void theDataDirRecordWinsOverTheBundledOne() {
    Cli.Result r = Cli.run("lookup", "--json", "--data-dir", userData("people"), "san-jose-3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Carl Salas").contains("user:carl-salas-from-civicpatch.yml");
  }

  @Test
  void aBrokenDataDirFileIsExitCode2NamingTheFile() {
    Cli.Result r = Cli.run("lookup", "--data-dir", userData("broken"), "san-jose-2");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad-indent.yml: line 4: not valid YAML")
        .contains("fix or remove the file");
  }

  @Test
  void aMissingDataDirIsExitCode2() {
    Cli.Result r = Cli.run("lookup", "--data-dir", "/nonexistent/dearrep-people", "san-jose-2");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("/nonexistent/dearrep-people");
  }
}
