package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topics, letter, script and profile commands, run as a user types them. */
class LetterCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void privateConfigFolder() {
    System.setProperty("dearrep.config.home", dir.resolve("config").toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("dearrep.config.home");
  }

  @Test
  void aZipAsRecipientSaysWhichDistrictsItPlacesAtEachLevel() {
    // with a name, so that the recipient is the one mistake left (a letter needs the writer's
    // name first since issue 12)
    Cli.Result r =
        Cli.run("letter", "--to", "95125", "--topic", "police-staffing", "--name", "Ana Ruiz");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("ZIP 95125 is not a recipient")
        .contains("California State Assembly districts 28, 25 or 26")
        .contains("California State Senate district 15")
        .contains("--to CA-SD15");
  }

  @Test
  void topicsListsEveryTopic() {
    Cli.Result r = Cli.run("topics", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("police-staffing", "Police staffing and recruitment", "street-lighting");
    assertThat(r.out().lines()).hasSize(15);
  }

  @Test
  void topicsShowPrintsAsksPerLevelAndJsonUsesTheFileFieldNames() {
    Cli.Result r = Cli.run("topics", "show", "firefighter-staffing", "--no-color");
    assertThat(r.out())
        .contains(
            "Statewide letters go to: governor",
            "If you support it:",
            "  - Taking engines or stations out of service on short-staffed days",
            "federal: Please support full funding for FEMA's SAFER");
    Cli.Result json = Cli.run("topics", "show", "police-staffing", "--json");
    assertThat(json.out())
        .contains("\"points\"", "\"statewide\"", "\"asks\"", "\"local\"", "\"support\"");
  }

  @Test
  void anUnknownTopicIsBadInput() {
    Cli.Result r = Cli.run("topics", "show", "potholes");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown topic 'potholes'");
  }

  @Test
  void profileSetThenShowThenALetterUsesIt() {
    assertThat(Cli.run("profile", "set", "--name", "José Peña", "--zip", "95113").exitCode())
        .isZero();
    assertThat(
            Cli.run(
                    "profile",
                    "set",
                    "--street",
                    "123 Main St.",
                    "--city",
                    "San Jose",
                    "--state",
                    "CA")
                .exitCode())
        .isZero();
    Cli.Result show = Cli.run("profile", "show");
    assertThat(show.out()).contains("name    José Peña", "zip     95113", "street  123 Main St.");
    Cli.Result letter =
        Cli.run(
            "letter",
            "--to",
            "CA-AD25",
            "--topic",
            "police-staffing",
            "--date",
            "2026-11-23",
            "--note",
            "Please read {{name}} as typed.");
    assertThat(letter.exitCode()).as(letter.err()).isZero();
    assertThat(letter.out())
        .startsWith("José Peña\n123 Main St.\nSan Jose, CA 95113\n\nNovember 23, 2026\n")
        .contains(
            "The Honorable Ash Kalra\nCalifornia State Assembly\n",
            "Dear Assemblymember Kalra:",
            // since issue 10, ZIP 95113 places AD 25 alone: a constituent, not "in or near"
            "As your constituent in the 25th Assembly District,",
            "Please read {{name}} as typed.")
        .endsWith("Sincerely,\n\nJosé Peña\n");
  }

  @Test
  void aLetterWithoutANameSaysHowToGiveOne() {
    Cli.Result r = Cli.run("letter", "--to", "CA-AD25", "--topic", "police-staffing");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--name");
  }

  @Test
  void severalRecipientsGoIntoOnePdf() throws Exception {
    Path pdf = dir.resolve("senators.pdf");
    Cli.Result r =
        Cli.run(
            "letter",
            "--to",
            "CA-18",
            "--topic",
            "response-times",
            "--name",
            "Zoë Ångström",
            "--zip",
            "95113",
            "-o",
            pdf.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Dear Representative Lofgren:", "Zoë Ångström");
    }
  }

  @Test
  void emlToAFolderNamesFilesByPersonAndTopic() throws Exception {
    Path out = dir.resolve("drafts/");
    Files.createDirectories(out);
    Cli.Result r =
        Cli.run(
            "letter",
            "--to",
            "CA-AD25",
            "--topic",
            "street-lighting",
            "--name",
            "Li Wei",
            "--email",
            "li@example.org",
            "--zip",
            "95112",
            "--format",
            "eml",
            "-o",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String eml = Files.readString(out.resolve("ash-kalra-street-lighting.eml"));
    assertThat(eml)
        .contains(
            "To: Ash Kalra <assemblymember.kalra@assembly.ca.gov>",
            "From: Li Wei <li@example.org>");
  }

  @Test
  void scriptListsNumbersAndStaysShort() {
    Cli.Result r =
        Cli.run(
            "script",
            "--to",
            "CA-AD25",
            "--topic",
            "fire-response-times",
            "--name",
            "Ana",
            "--zip",
            "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Call Assemblymember Kalra\n  District office")
        .contains(
            "408-286-2535  (call this number first)",
            "916-319-2025",
            // since issue 10, ZIP 95113 places AD 25 alone, so the caller is a constituent
            "My name is Ana. I live in ZIP code 95113.\nI am a constituent in the 25th Assembly"
                + " District.")
        .doesNotContain("in or near");
  }
}
