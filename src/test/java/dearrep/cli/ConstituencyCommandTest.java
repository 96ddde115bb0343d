package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter calls the writer a constituent only when the placement data puts their ZIP code in the
 * district; the right officials for a topic; a profile used whole or not at all. Run as a user
 * types the commands, against the bundled data (ZIP 95113 lies in CA-18, AD 25 and SD 15 only;
 * 95122 spans three House districts; city council seats are not placed from a ZIP code).
 */
class ConstituencyCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void privateConfigFolder() {
    System.setProperty("dearrep.config.home", dir.resolve("config").toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("dearrep.config.home");
  }

  private static Cli.Result letter(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "letter";
    all[1] = "--name";
    all[2] = "Ana Li";
    all[3] = "--date";
    all[4] = "2026-11-23";
    System.arraycopy(args, 0, all, 5, args.length);
    return Cli.run(all);
  }

  @Test
  void aZipInTheDistrictIsAVerifiedConstituentWithAnOrdinal() {
    Cli.Result r = letter("--to", "CA-18", "--topic", "police-staffing", "--zip", "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "As your constituent in California's 18th Congressional District, I am writing to you");
  }

  @Test
  void aSplitZipIsInOrNearTheDistrict() {
    Cli.Result r = letter("--to", "CA-16", "--topic", "police-staffing", "--zip", "95122");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("As a resident of ZIP code 95122, in or near your district, I am writing")
        .doesNotContain("constituent");
  }

  @Test
  void aSeatTheDataCannotPlaceFromAZipIsOnlyPossible() {
    // the state legislative crosswalk places 95113 in AD 25: a verified constituent
    Cli.Result assembly = letter("--to", "CA-AD25", "--topic", "street-lighting", "--zip", "95113");
    assertThat(assembly.exitCode()).as(assembly.err()).isZero();
    assertThat(assembly.out()).contains("As your constituent in the 25th Assembly District,");
    // no data places a ZIP code in a San Jose council district
    Cli.Result r = letter("--to", "san-jose-3", "--topic", "street-lighting", "--zip", "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("As a resident of ZIP code 95113, in or near your district,")
        .doesNotContain("constituent");
  }

  @Test
  void aWriterOutsideTheDistrictIsRefusedWithHowToGoOn() {
    Cli.Result r = letter("--to", "WY-AL", "--topic", "police-staffing", "--zip", "95113");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("will not call you a constituent of Harriet M. Hageman")
        .contains("ZIP code 95113 is in CA")
        .contains("--not-constituent");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void notConstituentSaysSoInTheLetter() {
    Cli.Result r =
        letter(
            "--to", "WY-AL", "--topic", "police-staffing", "--zip", "95113", "--not-constituent");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Although I do not live in your district, I am writing to you")
        .doesNotContain("constituent in");
  }

  @Test
  void aTexanWritingToTheAssemblyIsRefusedButACalifornianOutsideTheDistrictIsACalifornian() {
    Cli.Result texan =
        letter("--to", "CA-AD25", "--topic", "police-staffing", "--zip", "73301", "--state", "TX");
    assertThat(texan.exitCode()).isEqualTo(2);
    assertThat(texan.err()).contains("ZIP code 73301 is in TX");
    // Sacramento (95814) is in California, and the data does not place it in AD 25
    Cli.Result sacramento =
        letter("--to", "CA-SD15", "--topic", "police-staffing", "--zip", "95814");
    assertThat(sacramento.exitCode()).as(sacramento.err()).isZero();
    assertThat(sacramento.out()).containsAnyOf("As a Californian,", "in or near your district");
  }

  @Test
  void noZipAtAllIsNeverAConstituent() {
    Cli.Result federal = letter("--to", "CA-18", "--topic", "police-staffing");
    assertThat(federal.exitCode()).isEqualTo(2);
    assertThat(federal.err()).contains("no ZIP code or address for the writer");
    Cli.Result state = letter("--to", "CA-AD25", "--topic", "police-staffing", "--state", "CA");
    assertThat(state.exitCode()).as(state.err()).isZero();
    assertThat(state.out()).contains("As a Californian, I am writing");
  }

  @Test
  void scriptsFollowTheSameRule() {
    Cli.Result r =
        Cli.run("script", "--to", "WY-AL", "--topic", "police-staffing", "--zip", "95113");
    assertThat(r.exitCode()).isEqualTo(2);
    Cli.Result ok =
        Cli.run("script", "--to", "CA-18", "--topic", "police-staffing", "--zip", "95113");
    assertThat(ok.out())
        .contains("My name is [your name]. I live in ZIP code 95113.")
        .contains("I am a constituent in California's 18th Congressional District.");
  }

  @Test
  void aStateMeansTheOfficesTheTopicConcerns() {
    Cli.Result r = letter("--to", "CA", "--topic", "police-staffing", "--zip", "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "Writing to the statewide offices this topic concerns: Governor Gavin Newsom,"
                + " Attorney General Rob Bonta");
    assertThat(r.out())
        .contains("Dear Governor Newsom:", "Dear Attorney General Bonta:", "As a Californian,")
        .doesNotContain("Dear Secretary", "Dear Lieutenant Governor", "Dear Senator");
    Cli.Result wildfire =
        letter("--to", "CA", "--topic", "wildfire-heat-preparedness", "--zip", "95113");
    assertThat(wildfire.out()).contains("Dear Governor Newsom:").doesNotContain("Attorney General");
  }

  @Test
  void allStatewideWritesToEveryone() {
    Cli.Result r =
        letter("--to", "CA", "--topic", "police-staffing", "--zip", "95113", "--all-statewide");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Dear Governor Newsom:",
            "Dear Attorney General Bonta:",
            "Dear Secretary Weber:",
            "Dear Lieutenant Governor Kounalakis:",
            "Dear Senator Padilla:",
            "Dear Senator Schiff:");
  }

  @Test
  void dcIsACityAndItsLettersUseTheCityAsks() {
    Cli.Result r = letter("--to", "DC", "--topic", "police-staffing", "--zip", "20004");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Dear Mayor Bowser:", "Please fund recruitment and retention in the coming budget")
        .doesNotContain("state grants", "statewide");
  }

  @Test
  void aProfileIsUsedWholeOrNotAtAll() {
    assertThat(
            Cli.run(
                    "profile",
                    "set",
                    "--name",
                    "José Peña",
                    "--street",
                    "123 Main St.",
                    "--city",
                    "San Jose",
                    "--state",
                    "CA",
                    "--zip",
                    "95113",
                    "--email",
                    "jose@example.org")
                .exitCode())
        .isZero();
    Cli.Result mine = Cli.run("letter", "--to", "CA-18", "--topic", "police-staffing");
    assertThat(mine.out())
        .contains("José Peña\n123 Main St.\nSan Jose, CA 95113\njose@example.org");
    Cli.Result forOther =
        Cli.run(
            "letter",
            "--to",
            "CA-18",
            "--topic",
            "police-staffing",
            "--name",
            "Ana Li",
            "--zip",
            "95113");
    assertThat(forOther.exitCode()).as(forOther.err()).isZero();
    assertThat(forOther.out())
        .startsWith("Ana Li\n95113\n")
        .doesNotContain("jose@example.org", "123 Main St.", "José");
    assertThat(Cli.run("letter", "--help").out()).contains("never mixed");
  }

  @Test
  void aPostalLetterToSomeoneWithNoAddressIsAClearError() {
    // the Governor of Puerto Rico has no office address in the data
    Cli.Result r =
        letter("--to", "PR", "--topic", "police-staffing", "--zip", "00901", "--all-statewide");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("Pedro Pierluisi has no postal address in the data")
        .contains("dearrep show ocd-person/");
    assertThat(r.out()).isEmpty();
  }
}
