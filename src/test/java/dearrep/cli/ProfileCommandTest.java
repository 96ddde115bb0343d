package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile set} keeps only a real state code and ZIP code: letters print them as given. */
class ProfileCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void ownConfigFolder() {
    System.setProperty("dearrep.config.home", dir.toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("dearrep.config.home");
  }

  private Path profile() {
    return dir.resolve("dearrep/profile.yml");
  }

  @Test
  void aStateNameInsteadOfItsCodeIsRefusedAndNothingIsSaved() {
    Cli.Result r = Cli.run("profile", "set", "--city", "San Jose", "--state", "California");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "dearrep: --state 'California' is not a state code: give its two letters, e.g. --state CA");
    assertThat(profile()).doesNotExist();
  }

  @Test
  void aZipThatIsNotFiveDigitsOrZipPlusFourIsRefused() {
    for (String zip : new String[] {"abc", "9511", "95113-12", "95113 "}) {
      Cli.Result r = Cli.run("profile", "set", "--zip", zip);
      assertThat(r.exitCode()).as(zip).isEqualTo(2);
      assertThat(r.err()).contains("is not a ZIP code: give five digits or ZIP+4");
    }
    assertThat(profile()).doesNotExist();
  }

  @Test
  void twoLettersThatAreNoStateAreRefused() {
    Cli.Result r = Cli.run("profile", "set", "--state", "ZZ");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--state 'ZZ' is not a state the data knows");
  }

  @Test
  void aLowerCaseCodeAndZipPlusFourAreSavedAsCodeAndZip() throws Exception {
    Cli.Result r =
        Cli.run("profile", "set", "--name", "José Peña", "--state", "ca", "--zip", "95113-1905");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(profile())).contains("state: \"CA\"", "zip: \"95113-1905\"");
  }

  @Test
  void letterRefusesABadZipToo() {
    Cli.Result r =
        Cli.run("letter", "--to", "CA-AD25", "--topic", "police-staffing", "--zip", "abc");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--zip 'abc' is not a ZIP code");
  }
}
