package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every topic, in every position, to an official at every level: each letter argues its own
 * position only, repeats no sentence, and the topic texts invent no figures, name no official and
 * refer to no proposal the writer has not named.
 */
class TopicContentTest {

  private static final Sender WRITER =
      new Sender("José Peña", "123 Main St.", "San Jose", "CA", "95113", "jose@example.org");
  // One official per level: the city, the state and the federal asks.
  private static final List<Person> OFFICIALS =
      List.of(Officials.mahan(), Officials.kalra(), Officials.padilla());
  private static final Pattern NAMED_OFFICIAL =
      Pattern.compile(
          "\\b(Mayor|Governor|Senator|Assemblymember|Councilmember|Representative|Supervisor)"
              + " [A-Z]");
  // 911 is a phone number, not a figure; any other digit would be a statistic or a bill number.
  private static final Pattern DIGIT = Pattern.compile("\\d");

  @Test
  void everyTopicPositionAndLevelArguesOnlyItsOwnPositionInEveryLanguage() {
    LetterRenderer renderer = new LetterRenderer();
    int letters = 0;
    for (Language language : Language.values()) {
      for (Topic english : TopicCatalog.bundled().all()) {
        Topic t = TopicCatalog.translate(english, language);
        for (Position pos : Position.values()) {
          for (Person p : OFFICIALS) {
            String what = language + " " + t.id() + " " + pos + " to " + p.name();
            Letter l = compose(p, english, pos, language);
            String text = renderer.text(l, Format.TXT);
            assertThat(l.points()).as(what).containsExactlyElementsOf(t.points(pos).subList(0, 3));
            for (Position other : Position.values()) {
              if (other != pos) {
                for (String point : t.points(other)) {
                  assertThat(text).as("%s quotes a %s point", what, other).doesNotContain(point);
                }
                assertThat(text).as(what).doesNotContain(t.framing(other));
              }
            }
            assertNoSentenceRepeats(what, text);
            for (String stance : List.of("where you stand", "su posición", "lập trường")) {
              assertThat(text.split(stance, -1))
                  .as("%s asks where the official stands more than once", what)
                  .hasSizeLessThanOrEqualTo(2);
            }
            letters++;
          }
        }
      }
    }
    assertThat(letters)
        .isEqualTo(TopicCatalog.bundled().all().size() * 3 * 3 * Language.values().length);
  }

  @Test
  void noPointIsSharedBetweenPositionsOfATopic() {
    for (Language language : Language.values()) {
      for (Topic english : TopicCatalog.bundled().all()) {
        Topic t = TopicCatalog.translate(english, language);
        Set<String> seen = new HashSet<>();
        for (Position pos : Position.values()) {
          for (String point : t.points(pos)) {
            assertThat(seen.add(point)).as("%s repeats: %s", t.id(), point).isTrue();
          }
        }
      }
    }
  }

  @Test
  void topicTextsInventNoFiguresNameNoOfficialAndReferToNoProposal() {
    for (Language language : Language.values()) {
      for (Topic english : TopicCatalog.bundled().all()) {
        Topic t = TopicCatalog.translate(english, language);
        for (String s : texts(t)) {
          assertThat(DIGIT.matcher(s.replace("911", "")).find())
              .as("%s has a figure: %s", t.id(), s)
              .isFalse();
          assertThat(NAMED_OFFICIAL.matcher(s).find())
              .as("%s names an official: %s", t.id(), s)
              .isFalse();
          assertThat(s.toLowerCase(java.util.Locale.ROOT))
              .as("%s refers to a proposal the writer did not name: %s", t.id(), s)
              .doesNotContain(
                  "propos", "this bill", "the plan as", "the measure", "esta ley", "dự luật này");
        }
      }
    }
  }

  private static List<String> texts(Topic t) {
    List<String> all = new ArrayList<>(List.of(t.summary()));
    for (Position pos : Position.values()) {
      all.addAll(t.points(pos));
      all.add(t.framing(pos));
      for (dearrep.model.Level level : dearrep.model.Level.values()) {
        all.add(t.ask(level, pos));
      }
    }
    return all;
  }

  private static void assertNoSentenceRepeats(String what, String text) {
    Set<String> seen = new HashSet<>();
    for (String sentence : text.replace('\n', ' ').split("(?<=[.?!:])\\s+")) {
      String s = sentence.strip();
      if (s.length() > 20) {
        assertThat(seen.add(s)).as("%s repeats: %s", what, s).isTrue();
      }
    }
  }

  private static Letter compose(Person p, Topic t, Position pos, Language language) {
    return Letter.compose(
        new LetterRequest(
            p,
            t,
            pos,
            WRITER,
            "",
            OfficeChoice.DISTRICT,
            LocalDate.of(2026, 11, 23),
            new Standing(Standing.Kind.NEARBY, "95113", "CA"),
            language));
  }
}
