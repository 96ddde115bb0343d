package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.DearrepException;
import dearrep.model.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCatalogTest {

  @Test
  void bundlesTheTopicsOfTheIssueAndTheSeedsAgenda() {
    assertThat(TopicCatalog.bundled().all())
        .extracting(Topic::id)
        .containsExactlyInAnyOrder(
            "police-staffing",
            "response-times",
            "community-service-officers",
            "property-crime-follow-up",
            "violent-crime-prevention",
            "youth-jobs",
            "camera-registry",
            "police-accountability",
            "drone-policy",
            "neighborhood-watch",
            "street-lighting",
            "firefighter-staffing",
            "wildfire-heat-preparedness",
            "state-property-cleanup",
            "justice-fairness");
  }

  @Test
  void theIndexListsEveryTopicFileInTheDataFolder() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("data", "topics"))) {
      var onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yml"))
              .map(n -> n.replace(".yml", ""))
              .sorted()
              .toList();
      assertThat(Files.readAllLines(Path.of("data", "topics", "index.txt")))
          .containsExactlyElementsOf(onDisk);
    }
  }

  @Test
  void everyTopicHasAnAskForEveryLevelAndPosition() {
    for (Topic t : TopicCatalog.bundled().all()) {
      for (Position p : Position.values()) {
        assertThat(t.points(p)).as("%s %s", t.id(), p).hasSizeBetween(3, 6);
      }
      assertThat(TopicCatalog.STATEWIDE_OFFICES).containsAll(t.statewide());
      assertThat(t.statewide()).as(t.id()).isNotEmpty();
      for (Level level : Level.values()) {
        for (Position p : Position.values()) {
          assertThat(t.ask(level, p)).as("%s %s %s", t.id(), level, p).startsWith("Please");
        }
      }
    }
  }

  @Test
  void aliasesFindTheirTopic() {
    assertThat(TopicCatalog.bundled().get("FIRE-RESPONSE-TIMES").id()).isEqualTo("response-times");
  }

  @Test
  void aTopicAskedForByIdIsReadAloneAndABrokenFileFailsWhatNeedsIt(@TempDir Path root)
      throws Exception {
    Path topics = Files.createDirectories(root.resolve("topics"));
    Files.copy(
        Path.of("data", "topics", "street-lighting.yml"), topics.resolve("street-lighting.yml"));
    Files.writeString(topics.resolve("broken.yml"), "id: broken\ntitle: [unclosed\n");
    Files.writeString(topics.resolve("index.txt"), "broken\nstreet-lighting\n");
    TopicCatalog catalog = TopicCatalog.load(dearrep.data.BundleSource.folder(root));

    assertThat(catalog.get("street-lighting").title())
        .isEqualTo(TopicCatalog.bundled().get("street-lighting").title());
    assertThatThrownBy(catalog::all)
        .isInstanceOf(LetterException.class)
        .hasMessageStartingWith("topic file topics/broken.yml:");
    assertThatThrownBy(() -> catalog.get("lights"))
        .as("an alias is inside the files: finding one reads them all")
        .hasMessageStartingWith("topic file topics/broken.yml:");
  }

  @Test
  void anUnknownTopicNamesTheKnownOnes() {
    assertThatThrownBy(() -> TopicCatalog.bundled().get("potholes"))
        .isInstanceOf(LetterException.class)
        .hasMessageContaining("unknown topic 'potholes'")
        .hasMessageContaining("police-staffing");
  }

  @Test
  void brokenYamlIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> TopicCatalog.parse("topics/bad.yml", "id: bad\ntitle: [unclosed\n"))
        .isInstanceOf(LetterException.class)
        .hasMessageStartingWith("topic file topics/bad.yml:")
        .hasMessageContaining("line")
        .satisfies(
            e ->
                assertThat(((DearrepException) e).kind()).isEqualTo(DearrepException.Kind.FAILURE));
  }

  @Test
  void missingFieldsAreAllNamed() {
    assertThatThrownBy(() -> TopicCatalog.parse("topics/thin.yml", "id: thin\ntitle: Thin\n"))
        .hasMessageContaining("'summary' is missing")
        .hasMessageContaining("'points.oppose' needs 3 to 6 entries")
        .hasMessageContaining("'framing.support' is missing")
        .hasMessageContaining("'asks.federal.concern' is missing");
  }

  @Test
  void aStatewideOfficeThatIsNoRoleTypeIsNamed() {
    assertThatThrownBy(() -> TopicCatalog.parse("topics/a.yml", "id: a\nstatewide: [governer]\n"))
        .hasMessageContaining("'statewide' names 'governer', not one of governor");
  }

  @Test
  void theIdMustMatchTheFileName() {
    assertThatThrownBy(() -> TopicCatalog.parse("topics/a.yml", "id: b\n"))
        .hasMessageContaining("'id' is 'b' but the file is named a.yml");
  }

  @Test
  void anUnknownFieldIsAnError() {
    assertThatThrownBy(() -> TopicCatalog.parse("topics/a.yml", "id: a\ntalkingpoints: []\n"))
        .hasMessageContaining("talkingpoints");
  }
}
