package dearrep.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.cli.Session;
import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import dearrep.testing.CensusReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constituent in the shell who knows only their street address: {@code lookup --address}, and the
 * guided letter's "who to write to" answered with the address (Census Geocoder replayed locally).
 */
class AddressInShellTest {

  @TempDir Path home;
  @TempDir Path letters;

  @BeforeEach
  void savedProfile() {
    System.setProperty("dearrep.config.home", home.resolve("config").toString());
    new ProfileStore(home.resolve("config/dearrep/profile.yml"))
        .save(
            new Sender(
                "José Peña",
                "200 E Santa Clara St",
                "San Jose",
                "CA",
                "95113",
                "jose@example.org"));
  }

  @AfterEach
  void forgetProfile() {
    System.clearProperty("dearrep.config.home");
  }

  private static Session session(CensusReplay server) {
    Session session = new Session();
    session.useGeocoder(server.settings("2026-11-30"));
    return session;
  }

  @Test
  void lookupByAddressWorksInTheShellAndNumbersEveryone() throws Exception {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json");
        var shell = new ShellDriver(home.resolve("history"), session(server))) {
      shell.untilPrompt();
      shell.line("lookup --address \"200 E Santa Clara St, San Jose, CA 95113\"");
      assertThat(shell.untilPrompt())
          .contains("address matched by the U.S. Census Geocoder: 200 E SANTA CLARA ST")
          .contains("8. Assemblymember Ash Kalra")
          .contains("Mayor Matt Mahan");
      shell.line("show 8");
      assertThat(shell.untilPrompt()).contains("Ash Kalra").contains("Assemblymember");
      shell.line("exit");
    }
  }

  @Test
  void theGuidedLetterTakesAStreetAddressForWhoToWriteTo() throws Exception {
    try (CensusReplay server = CensusReplay.serving("san-jose-city-hall.json");
        var shell = new ShellDriver(home.resolve("history"), session(server))) {
      shell.untilPrompt();
      shell.line("letter");
      assertThat(shell.waitFor("Who to write to")).contains("step by step");
      shell.waitFor(": ");
      shell.line("200 E Santa Clara St, San Jose, CA 95113");
      assertThat(shell.waitFor("from your last lookup"))
          .contains("address matched by the U.S. Census Geocoder")
          .contains("8. Assemblymember Ash Kalra");
      shell.waitFor(": ");
      shell.line("8");
      assertThat(shell.waitFor("Topic")).contains("Writing to Ash Kalra.");
      shell.line("police-staffing");
      shell.waitFor("[support]: ");
      shell.line("");
      shell.waitFor("Your name [José Peña]: ");
      shell.line("");
      shell.waitFor("Street address [200 E Santa Clara St]: ");
      shell.line("");
      shell.waitFor("City [San Jose]: ");
      shell.line("");
      shell.waitFor("[CA]: ");
      shell.line("");
      shell.waitFor("[95113]: ");
      shell.line("");
      shell.waitFor("an empty line ends");
      shell.line("");
      assertThat(shell.waitFor("Save as (pdf/txt/md/html/eml) [pdf]: "))
          .contains("Dear Assemblymember Kalra:");
      shell.line("txt");
      shell.waitFor("]: ");
      Path file = letters.resolve("kalra.txt");
      shell.line(file.toString());
      assertThat(shell.untilPrompt()).contains("wrote " + file);
      shell.line("exit");
      assertThat(Files.readString(file)).contains("Dear Assemblymember Kalra:");
      assertThat(server.requests()).hasSize(1);
    }
  }
}
