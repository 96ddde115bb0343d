package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The writer's note is data: printed as typed, cleaned of control characters, never cut. */
class NoteHandlingTest {

  private static final LetterRenderer RENDERER = new LetterRenderer();

  private static Letter withNote(String note) {
    return Letter.compose(
        new LetterRequest(
            Officials.kalra(),
            TopicCatalog.bundled().get("street-lighting"),
            Position.CONCERN,
            new Sender("Zoë Ångström", "1 Elm St.", "San Jose", "CA", "95112", "zoe@example.org"),
            note,
            OfficeChoice.DISTRICT,
            LocalDate.of(2026, 11, 23),
            new Standing(Standing.Kind.NEARBY, "95112", "CA")));
  }

  @Test
  void templateSyntaxInANotePrintsLiterally() {
    Letter letter = withNote("Hello {{name}} and {{#x}}section{{/x}} and {{{raw}}} {{> partial}}");
    for (Format f : new Format[] {Format.TXT, Format.EML}) {
      assertThat(RENDERER.text(letter, f).replace("=\r\n", ""))
          .contains("Hello {{name}} and {{#x}}section{{/x}} and {{{raw}}} {{> partial}}");
    }
    assertThat(RENDERER.text(letter, Format.HTML))
        .contains("Hello {{name}} and {{#x}}section{{/x}}");
  }

  @Test
  void htmlInANoteIsEscapedInHtmlLetters() {
    String html = RENDERER.text(withNote("<script>alert(1)</script> & more"), Format.HTML);
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
        .doesNotContain("<script>");
  }

  @Test
  void markdownInANoteIsEscapedInMarkdownLetters() {
    String md = RENDERER.text(withNote("# not a heading *not bold* [link](x)"), Format.MD);
    assertThat(md).contains("\\# not a heading \\*not bold\\* \\[link\\](x)");
  }

  @Test
  void controlCharactersAreStripped() {
    Letter letter =
        withNote("Bell\u0007 escape\u001b[31m red\u0000 nul \u202Eevil\u202C del\u007f end");
    assertThat(letter.note()).containsExactly("Bell escape[31m red nul evil del end");
    assertThat(RENDERER.text(letter, Format.TXT))
        .doesNotContain("\u0007", "\u001b", "\u0000", "\u202E");
  }

  @Test
  void blankLinesSeparateParagraphsAndOtherBreaksBecomeSpaces() {
    Letter letter = withNote("First line\r\ncontinues.\n\n\n\nSecond\tparagraph.");
    assertThat(letter.note()).containsExactly("First line continues.", "Second paragraph.");
  }

  @Test
  void tenThousandCharacterNoteFlowsOntoASecondPageUncut() throws Exception {
    StringBuilder note = new StringBuilder();
    int n = 0;
    while (note.length() < 10_000) {
      note.append("word").append(n++).append(' ');
    }
    String text = note.substring(0, 10_000);
    Letter letter = withNote(text);
    try (PDDocument doc = Loader.loadPDF(RENDERER.render(letter, Format.PDF))) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(extracted).contains(text.strip().replaceAll("\\s+", " ").substring(9_900));
      assertThat(extracted).contains("word0 word1", "Sincerely,", "Zoë Ångström");
      assertThat(extracted)
          .as("running head on page 2")
          .contains("Ash Kalra • November 23, 2026 • page 2");
    }
  }

  @Test
  void aNoteOverTheLimitIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> withNote("x".repeat(Text.MAX_NOTE + 1)))
        .isInstanceOf(LetterException.class)
        .hasMessageContaining("limit is 20000");
  }
}
