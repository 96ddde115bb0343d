package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters and scripts in Spanish and Vietnamese, in every format, as a user writes them. */
class LanguageCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void privateConfigFolder() {
    System.setProperty("dearrep.config.home", dir.resolve("config").toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("dearrep.config.home");
  }

  private Cli.Result letter(String lang, String format, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "letter",
                "--to",
                "CA-AD25",
                "--topic",
                "police-staffing",
                "--name",
                "Nguyễn Thị Minh",
                "--street",
                "1 Story Rd",
                "--city",
                "San Jose",
                "--state",
                "CA",
                "--zip",
                "95122",
                "--email",
                "minh@example.org",
                "--date",
                "2026-11-23",
                "--lang",
                lang,
                "--format",
                format,
                "-o",
                out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es|Estimado/a Asambleísta Kalra:|23 de noviembre de 2026|Asunto: Personal y reclutamiento de la policía|Atentamente,",
        "vi|Kính gửi Dân biểu Kalra,|Ngày 23 tháng 11 năm 2026|V/v: Nhân sự và tuyển dụng cảnh sát|Trân trọng,"
      })
  void aLetterInTheLanguageInEveryFormat(
      String lang, String salutation, String date, String subject, String signOff)
      throws Exception {
    String txt = null;
    for (String format : List.of("txt", "md", "html", "eml", "pdf")) {
      Path out = dir.resolve("letter-" + lang + "." + format);
      Cli.Result r = letter(lang, format, out);
      assertThat(r.exitCode()).as(r.err()).isZero();
      String text =
          format.equals("pdf") ? pdfText(out) : Files.readString(out, StandardCharsets.UTF_8);
      if (format.equals("eml")) {
        // the body is quoted-printable or base64: read it decoded
        text = new String(decodedBody(out), StandardCharsets.UTF_8);
      }
      assertThat(text).as(format).contains(salutation, signOff, "Nguyễn Thị Minh");
      if (!format.equals("eml")) {
        assertThat(text).as(format).contains(date);
      }
      if (format.equals("txt")) {
        txt = text;
        assertThat(text).contains(subject).contains("The Honorable Ash Kalra");
      }
      if (format.equals("html")) {
        assertThat(text).contains("<html lang=\"" + lang + "\">");
      }
      if (format.equals("pdf")) {
        // every paragraph of the plain-text letter is in the PDF, as PDFBox reads it back
        for (String paragraph : txt.split("\n\n")) {
          assertThat(oneLine(text.replace("\u2022 ", "")))
              .as("pdf")
              .contains(oneLine(paragraph.replace("- ", "")));
        }
      }
    }
  }

  @Test
  void withEnglishAppendsTheEnglishLetterOnAPageOfItsOwn() throws Exception {
    Path pdf = dir.resolve("es.pdf");
    Cli.Result r = letter("es", "pdf", pdf, "--with-english");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper first = new PDFTextStripper();
      first.setEndPage(1);
      assertThat(first.getText(doc))
          .contains("Estimado/a Asambleísta Kalra:")
          .doesNotContain("Dear Assemblymember Kalra:");
      PDFTextStripper rest = new PDFTextStripper();
      rest.setStartPage(2);
      assertThat(rest.getText(doc))
          .contains("Dear Assemblymember Kalra:", "November 23, 2026", "Sincerely,");
    }
    Path txt = dir.resolve("vi.txt");
    assertThat(letter("vi", "txt", txt, "--with-english").exitCode()).isZero();
    String text = Files.readString(txt);
    assertThat(text.indexOf("Kính gửi Dân biểu Kalra,"))
        .isLessThan(text.indexOf("\f\nBản dịch tiếng Anh"))
        .isLessThan(text.indexOf("Dear Assemblymember Kalra:"));
    Cli.Result eml = letter("es", "eml", dir.resolve("x.eml"), "--with-english");
    assertThat(eml.exitCode()).isEqualTo(2);
  }

  @Test
  void aCallScriptInVietnamese() {
    Cli.Result r =
        Cli.run(
            "script",
            "--to",
            "CA-18",
            "--topic",
            "street-lighting",
            "--zip",
            "95113",
            "--lang",
            "vi");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Gọi cho Dân biểu Lofgren\n  Văn phòng địa hạt (San Jose): 408-271-8700")
        .contains(
            "Xin chào. Tôi tên là [tên của bạn]. Tôi sống ở mã bưu chính 95113.",
            "Tôi gọi về đèn đường.",
            "Nếu gặp hộp thư thoại, hãy nói:");
  }

  @Test
  void anUnknownLanguageIsBadInput() {
    Cli.Result r = letter("fr", "txt", dir.resolve("fr.txt"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown language 'fr'", "es (Spanish)");
  }

  @Test
  void aBatchLanguageColumnWritesEachRowInItsLanguage() throws Exception {
    Path csv = dir.resolve("supporters.csv");
    Files.writeString(
        csv,
        "name,zip,state,district,topic,language\n"
            + "Ana Ruiz,95113,CA,CA-18,police-staffing,es\n"
            + "Minh Tran,95113,CA,CA-18,police-staffing,vi\n"
            + "Bo Lee,95113,CA,CA-18,police-staffing,\n"
            + "Cy Roe,95113,CA,CA-18,police-staffing,klingon\n");
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("batch", csv.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    assertThat(manifest).hasSize(3);
    assertThat(Files.readString(out.resolve(manifest.get(0).get("file"))))
        .contains("Estimado/a Representante Lofgren:");
    assertThat(Files.readString(out.resolve(manifest.get(1).get("file"))))
        .contains("Kính gửi Dân biểu Lofgren,");
    assertThat(Files.readString(out.resolve(manifest.get(2).get("file"))))
        .contains("Dear Representative Lofgren:");
    assertThat(read(out.resolve("errors.csv")))
        .extracting(e -> e.get("line") + " " + e.get("reason"))
        .containsExactly("5 bad-language");
  }

  @Test
  void aLetterOverOnePageWarnsTheWriter() {
    String note = "Our street has waited a long time for a patrol to come by. ".repeat(40);
    Cli.Result r =
        Cli.run(
            "letter",
            "--to",
            "CA-18",
            "--topic",
            "police-staffing",
            "--name",
            "Ana Li",
            "--zip",
            "95113",
            "--note",
            note);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: the letter to Zoe Lofgren runs to 2 pages");
    Cli.Result shortOne =
        Cli.run(
            "letter",
            "--to",
            "CA-18",
            "--topic",
            "police-staffing",
            "--name",
            "Ana Li",
            "--zip",
            "95113");
    assertThat(shortOne.err()).doesNotContain("warning");
  }

  private static String pdfText(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static byte[] decodedBody(Path eml) throws Exception {
    var session = jakarta.mail.Session.getInstance(new java.util.Properties());
    try (var in = Files.newInputStream(eml)) {
      var m = new jakarta.mail.internet.MimeMessage(session, in);
      Object content = m.getContent();
      return content.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static List<CSVRecord> read(Path csv) throws Exception {
    try (var p =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(csv))) {
      return p.getRecords();
    }
  }
}
