package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dearrep.data.BundleSource;
import dearrep.model.Level;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every language has every text: a missing translation fails the build, not the user. And every
 * character of every text has a glyph in the bundled PDF fonts.
 */
class TranslationTest {

  @Test
  void everyTopicHasItsTextInEveryLanguageWithAsManyPointsAsInEnglish() {
    for (Topic english : TopicCatalog.bundled().all()) {
      for (Language language : Language.values()) {
        Topic t = TopicCatalog.translate(english, language);
        assertThat(t.id()).isEqualTo(english.id());
        assertThat(t.statewide()).isEqualTo(english.statewide());
        for (Position p : Position.values()) {
          assertThat(t.points(p))
              .as("%s %s %s", language, english.id(), p)
              .hasSameSizeAs(english.points(p));
          for (Level level : Level.values()) {
            assertThat(t.ask(level, p)).as("%s %s", language, english.id()).isNotBlank();
          }
        }
        if (language != Language.EN) {
          assertThat(t.title())
              .as("%s %s is translated", language, english.id())
              .isNotEqualTo(english.title());
          assertThat(t.framing(Position.SUPPORT)).isNotEqualTo(english.framing(Position.SUPPORT));
        }
      }
    }
  }

  @Test
  void everyLanguageHasItsPhrasesAndCallScript() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Language language : Language.values()) {
      try (InputStream in = BundleSource.bundled().require(Phrases.path(language))) {
        Phrases.File f = yaml.readValue(in, Phrases.File.class);
        assertThat(Phrases.missing(language, f)).as(language.code()).isEmpty();
      }
      assertThat(BundleSource.bundled().open(Templates.FOLDER + Templates.scriptPath(language)))
          .as(language.code())
          .isPresent();
    }
  }

  @Test
  void theBundledFontsHaveAGlyphForEveryCharacterOfEveryText() {
    LetterFonts fonts = LetterFonts.get();
    int checked = 0;
    for (String text : everyText()) {
      for (int cp : text.codePoints().toArray()) {
        if (Character.isWhitespace(cp)) {
          continue;
        }
        assertThat(fonts.regularCmap.getGlyphId(cp))
            .as("regular glyph for U+%04X in: %s", cp, text)
            .isNotZero();
        assertThat(fonts.boldCmap.getGlyphId(cp))
            .as("bold glyph for U+%04X in: %s", cp, text)
            .isNotZero();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  private static List<String> everyText() {
    List<String> all = new ArrayList<>();
    for (Language language : Language.values()) {
      Phrases p = Phrases.of(language);
      all.addAll(
          List.of(
              p.pointsIntro(),
              p.closing(),
              p.signOff(),
              p.subjectLabel(),
              p.writingAbout(""),
              p.englishTranslation()));
      all.addAll(p.file.standing.values());
      all.addAll(p.file.spokenStanding.values());
      all.addAll(p.file.titles.values());
      for (Topic english : TopicCatalog.bundled().all()) {
        Topic t = TopicCatalog.translate(english, language);
        all.add(t.title());
        all.add(t.summary());
        for (Position pos : Position.values()) {
          all.addAll(t.points(pos));
          all.add(t.framing(pos));
          for (Level level : Level.values()) {
            all.add(t.ask(level, pos));
          }
        }
      }
    }
    return all;
  }
}
