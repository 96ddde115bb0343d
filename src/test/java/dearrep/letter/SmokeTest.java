package dearrep.letter;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() throws Exception {
    var topics = TopicCatalog.bundled();
    var sender = new Sender("Nguyễn Thị Minh Khai", "123 Main St.", "San Jose", "CA", "95113", "jose@example.org");
    var l = Letter.compose(new LetterRequest(Officials.kalra(), topics.get("firefighter-staffing"), Position.CONCERN, sender, "Zoë Ångström and José Peña agree. 😀 " + "x".repeat(10), OfficeChoice.DISTRICT, LocalDate.of(2026, 11, 23)));
    try (var w = new PdfLetterWriter()) {
      w.add(l);
      w.save(java.nio.file.Path.of("/tmp/k.pdf"));
      System.out.println(w.warnings());
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(new java.io.File("/tmp/k.pdf"))) {
      var img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70);
      javax.imageio.ImageIO.write(img, "png", new java.io.File("/tmp/k.png"));
      System.out.println(doc.getNumberOfPages());
    }
  }
}
