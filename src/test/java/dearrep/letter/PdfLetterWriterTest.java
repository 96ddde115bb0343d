package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLetterWriterTest {

  private static Letter from(Sender s) {
    return Letter.compose(
        new LetterRequest(
            Officials.mahan(),
            TopicCatalog.bundled().get("neighborhood-watch"),
            Position.SUPPORT,
            s,
            "",
            OfficeChoice.DISTRICT,
            LocalDate.of(2026, 11, 23),
            Standing.constituent("95113", "CA")));
  }

  private static String extract(PdfLetterWriter w) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.save(out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static byte[] bytes(Letter... letters) {
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      for (Letter l : letters) {
        w.add(l);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void theSameLettersGiveTheSameBytesAndOthersAnotherFileId() throws Exception {
    Letter ana = from(new Sender("Ana Li", "", "", "", "", ""));
    Letter bo = from(new Sender("Bo Chen", "", "", "", "", ""));
    assertThat(bytes(ana, bo)).isEqualTo(bytes(ana, bo));
    try (PDDocument one = Loader.loadPDF(bytes(ana));
        PDDocument two = Loader.loadPDF(bytes(bo))) {
      assertThat(one.getDocument().getDocumentID().toString())
          .isNotEqualTo(two.getDocument().getDocumentID().toString());
    }
  }

  @Test
  void aWriterMadeWhileThePreparationRunsWaitsForItAndWritesTheSameBytes() {
    Letter ana = from(new Sender("Ana Li", "", "", "", "", ""));
    byte[] before = bytes(ana);
    PdfLetterWriter.prepareInBackground();
    PdfLetterWriter.prepareInBackground(); // once per process: the second call starts nothing
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("dearrep-pdf"))
                .count())
        .isLessThanOrEqualTo(1);
    assertThat(bytes(ana)).isEqualTo(before);
    assertThat(PdfLetterWriter.pagesOf(ana)).isEqualTo(1);
  }

  @Test
  void unicodeNamesRenderAndExtractBack() throws Exception {
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      for (String name : new String[] {"Nguyễn Thị Minh Khai", "José Peña", "Zoë Ångström"}) {
        w.add(from(new Sender(name, "", "San Jose", "CA", "95113", "")));
      }
      assertThat(w.pageCount()).isEqualTo(3);
      assertThat(w.warnings()).isEmpty();
      assertThat(extract(w)).contains("Nguyễn Thị Minh Khai", "José Peña", "Zoë Ångström");
    }
  }

  @Test
  void aCharacterTheFontLacksBecomesAQuestionMarkWithAWarning() throws Exception {
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      w.add(from(new Sender("Ana 😀 Li 中", "", "", "", "", "")));
      assertThat(w.warnings())
          .anyMatch(m -> m.startsWith("U+1F600"))
          .anyMatch(m -> m.startsWith("U+4E2D"));
      assertThat(extract(w)).contains("Ana ? Li ?");
    }
  }

  @Test
  void manyLettersGoIntoOneDocument() throws Exception {
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      for (int i = 0; i < 50; i++) {
        assertThat(w.add(from(new Sender("Writer " + i, "", "", "", "", "")))).isEqualTo(1);
      }
      assertThat(w.pageCount()).isEqualTo(50);
      assertThat(extract(w)).contains("Writer 0", "Writer 49", "Dear Mayor Mahan:");
    }
  }

  @Test
  void aWordWiderThanTheLineIsBrokenNotLost() throws Exception {
    String url = "https://example.org/" + "a".repeat(300);
    Letter letter =
        Letter.compose(
            new LetterRequest(
                Officials.mahan(),
                TopicCatalog.bundled().get("neighborhood-watch"),
                Position.SUPPORT,
                new Sender("Li", "", "", "", "", ""),
                url,
                OfficeChoice.DISTRICT,
                LocalDate.of(2026, 1, 2),
                Standing.constituent("", "CA")));
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      w.add(letter);
      assertThat(extract(w).replaceAll("\\s", "")).contains(url);
    }
  }
}
