package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code letter --json} and {@code script --json} print what was composed, not plain text. */
class MessageJsonTest {

  private static JsonNode json(Cli.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void letterJsonHasTheRecipientAddressSalutationAndParagraphs() throws Exception {
    JsonNode letter =
        json(Cli.run(
                "letter",
                "--to",
                "CA-AD25",
                "--topic",
                "police-staffing",
                "--name",
                "José Peña",
                "--zip",
                "95113",
                "--note",
                "We waited forty minutes.",
                "--json"))
            .get("letters")
            .get(0);
    assertThat(letter.get("recipient").get("name").asText()).isEqualTo("Ash Kalra");
    assertThat(letter.get("addressLines").get(0).asText()).isEqualTo("The Honorable Ash Kalra");
    assertThat(letter.get("salutation").asText()).isEqualTo("Dear Assemblymember Kalra:");
    assertThat(letter.get("paragraphs").toString()).contains("We waited forty minutes.");
    assertThat(letter.get("sender").get("name").asText()).isEqualTo("José Peña");
    assertThat(letter.has("file")).isFalse();
  }

  @Test
  void letterJsonWithAFileSaysWhichFileWasWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kalra.pdf");
    JsonNode root =
        json(
            Cli.run(
                "letter",
                "--to",
                "CA-AD25",
                "--topic",
                "police-staffing",
                "--name",
                "José Peña",
                "--zip",
                "95113",
                "-o",
                file.toString(),
                "--json"));
    assertThat(root.get("letters").get(0).get("file").asText()).isEqualTo(file.toString());
    assertThat(Files.size(file)).isPositive();
  }

  @Test
  void scriptJsonHasThePhonesAndWhatToSay() throws Exception {
    JsonNode script =
        json(Cli.run(
                "script",
                "--to",
                "CA-AD25",
                "--topic",
                "street-lighting",
                "--name",
                "José Peña",
                "--zip",
                "95113",
                "--json"))
            .get("scripts")
            .get(0);
    assertThat(script.get("spoken").asText()).isEqualTo("Assemblymember Kalra");
    assertThat(script.get("phones").get(0).get("number").asText()).isEqualTo("408-286-2535");
    assertThat(script.get("paragraphs").get(0).asText())
        .startsWith("Hello. My name is José Peña. I live in ZIP code 95113.");
  }
}
