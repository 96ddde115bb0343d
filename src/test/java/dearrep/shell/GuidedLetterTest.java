package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code letter} typed alone in the shell: a constituent guided from a lookup to a saved letter.
 */
class GuidedLetterTest {

  @TempDir Path home;
  @TempDir Path letters;

  @BeforeEach
  void savedProfile() {
    System.setProperty("dearrep.config.home", home.resolve("config").toString());
    new ProfileStore(home.resolve("config/dearrep/profile.yml"))
        .save(
            new Sender("José Peña", "123 Main St", "San Jose", "CA", "95113", "jose@example.org"));
  }

  @AfterEach
  void forgetProfile() {
    System.clearProperty("dearrep.config.home");
  }

  @Test
  void fromALookupToASavedLetter() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("lookup CA-AD25");
      assertThat(shell.untilPrompt()).contains("1. Ash Kalra");
      shell.line("letter");
      shell.waitFor("[1]: ");
      shell.line("");
      assertThat(shell.waitFor("Topic")).contains("Writing to Ash Kalra.");
      shell.line("police-staffing");
      shell.waitFor("[support]: ");
      shell.line("concern");
      shell.waitFor("Your name [José Peña]: ");
      shell.line("");
      shell.waitFor("Street address [123 Main St]: ");
      shell.line("");
      shell.waitFor("City [San Jose]: ");
      shell.line("");
      shell.waitFor("[CA]: ");
      shell.line("");
      shell.waitFor("[95113]: ");
      shell.line("");
      shell.waitFor("an empty line ends");
      shell.line("We waited forty minutes for an officer.");
      shell.line("Please help.");
      shell.line("");
      String preview = shell.waitFor("Save as (pdf/txt/md/html/eml) [pdf]: ");
      assertThat(preview)
          .contains("Dear Assemblymember Kalra:", "We waited forty minutes", "José Peña");
      shell.line("txt");
      assertThat(shell.waitFor("]: ")).contains("[ash-kalra-police-staffing.txt]");
      Path file = letters.resolve("kalra.txt");
      shell.line(file.toString());
      assertThat(shell.untilPrompt()).contains("wrote " + file);
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
      assertThat(Files.readString(file))
          .contains(
              "The Honorable Ash Kalra",
              "Dear Assemblymember Kalra:",
              "Please help.",
              "123 Main St");
    }
  }

  @Test
  void ctrlCCancelsAQuestionAndNothingIsWritten() throws Exception {
    // Wide enough that the typed file path does not wrap, so its echo can be waited for.
    try (var shell = new ShellDriver(home.resolve("history"), Map.of(), "xterm", 200)) {
      shell.untilPrompt();
      shell.line("letter --to CA-AD25");
      shell.waitFor("Topic (Tab lists them): ");
      shell.type("police-sta");
      shell.waitFor("police-sta");
      shell.type(ShellDriver.CTRL_C);
      assertThat(shell.untilPrompt()).contains("(cancelled)");

      // Cancelled at the last question, after the letter was shown: still no file.
      shell.line("letter --topic police-staffing --position support --note ''");
      shell.waitFor("Who to write to");
      shell.line("CA-AD25");
      shell.waitFor("Your name [José Peña]: ");
      shell.line("");
      for (String q : new String[] {"[123 Main St]: ", "[San Jose]: ", "[CA]: ", "[95113]: "}) {
        shell.waitFor(q);
        shell.line("");
      }
      shell.waitFor("Save as (pdf/txt/md/html/eml) [pdf]: ");
      shell.line("pdf");
      shell.waitFor("Save to file");
      shell.type(letters.resolve("half.pdf").toString());
      // Ctrl-C is a signal, not a key: send it only once the typed path has been read (echoed),
      // or the rest of the path is left over as typeahead for the next prompt.
      shell.waitFor("half.pdf");
      shell.type(ShellDriver.CTRL_C);
      assertThat(shell.untilPrompt()).contains("(cancelled)");

      shell.line("topics");
      assertThat(shell.untilPrompt()).contains("police-staffing");
      shell.line("exit");
      assertThat(shell.exitCode()).isZero();
    }
    try (Stream<Path> files = Files.list(letters)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aNumberAfterLetterIsTheRecipientOfTheLastLookup() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("lookup CA");
      shell.untilPrompt();
      shell.line("letter 1 --topic police-staffing");
      assertThat(shell.untilPrompt())
          .contains("Dear Senator")
          .doesNotContain("Who to write to")
          .doesNotContain("Topic (Tab");
    }
  }

  @Test
  void ctrlDInAQuestionLeavesTheShell() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("letter");
      shell.waitFor("Who to write to");
      shell.type(ShellDriver.CTRL_D);
      assertThat(shell.exitCode()).isZero();
    }
    try (Stream<Path> files = Files.list(letters)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aCompleteLetterLineIsNotQuestioned() throws Exception {
    try (var shell = new ShellDriver(home.resolve("history"))) {
      shell.untilPrompt();
      shell.line("letter --to CA-AD25 --topic street-lighting");
      String shown = shell.untilPrompt();
      assertThat(shown).contains("Dear Assemblymember Kalra:").doesNotContain("step by step");
      shell.line("letter --help");
      assertThat(shell.untilPrompt()).contains("Usage: dearrep letter");
      shell.line("exit");
    }
  }
}
