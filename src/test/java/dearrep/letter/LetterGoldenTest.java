package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import dearrep.testing.GoldenFile;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A letter in every format to Ash Kalra (Assembly District 25) and to Senator Alex Padilla, dated
 * November 23, 2026, compared with golden files. PDFs are compared by their extracted text.
 */
class LetterGoldenTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 23);
  static final LetterRenderer RENDERER = new LetterRenderer(ZoneId.of("America/Los_Angeles"));

  static Stream<Arguments> letters() {
    Sender jose =
        new Sender("José Peña", "123 Main St.", "San Jose", "CA", "95113", "jose@example.org");
    Sender zoe =
        new Sender(
            "Zoë Ångström", "45 Willow Ave. Apt. 3", "San Jose", "CA", "95125", "zoe@example.org");
    return Stream.of(
        Arguments.of(
            "kalra-police-staffing",
            Officials.kalra(),
            "police-staffing",
            Position.SUPPORT,
            jose,
            "Our neighborhood lost its evening patrol this year."),
        Arguments.of(
            "padilla-firefighter-staffing",
            Officials.padilla(),
            "firefighter-staffing",
            Position.CONCERN,
            zoe,
            ""));
  }

  private static Letter letter(Person p, String topic, Position pos, Sender s, String note) {
    return Letter.compose(
        new LetterRequest(
            p,
            TopicCatalog.bundled().get(topic),
            pos,
            s,
            note,
            OfficeChoice.DISTRICT,
            DATE,
            // 95113 spans Assembly districts in the ZIP data; California is Padilla's whole seat
            p.primaryRole().isCongress()
                ? Standing.constituent(s.zip(), "CA")
                : new Standing(Standing.Kind.NEARBY, s.zip(), "CA")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void textFormatsMatchTheirGoldenFiles(
      String name, Person p, String topic, Position pos, Sender s, String note) {
    Letter letter = letter(p, topic, pos, s, note);
    for (Format f : new Format[] {Format.TXT, Format.MD, Format.HTML, Format.EML}) {
      GoldenFile.assertMatches("letters/" + name + "." + f.extension(), RENDERER.text(letter, f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void pdfTextMatchesItsGoldenFile(
      String name, Person p, String topic, Position pos, Sender s, String note) throws IOException {
    byte[] pdf = RENDERER.render(letter(p, topic, pos, s, note), Format.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("a typical letter fits one page").isEqualTo(1);
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isEqualTo(612f);
      assertThat(box.getHeight()).isEqualTo(792f);
      for (var fontName : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(fontName);
        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        assertThat(font.getName()).contains("DejaVuSerif");
      }
      GoldenFile.assertMatches("letters/" + name + ".pdf.txt", new PDFTextStripper().getText(doc));
    }
  }
}
