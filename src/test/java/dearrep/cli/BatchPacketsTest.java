package dearrep.cli;

import static dearrep.cli.BatchCommandTest.KALRA;
import static dearrep.cli.BatchCommandTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packets (issue 13 items 2 and 13, issue 12's packet points): keyed by the full recipient id,
 * split into volumes of {@code --packet-size}, each with its own cover; the manifest's columns mean
 * what they mean for single letters.
 */
class BatchPacketsTest {

  @TempDir Path tmp;

  private static String text(Path pdf) throws IOException {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<String> pdfs(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pdf"))
          .sorted()
          .toList();
    }
  }

  /** Two user-added officials with the same name whose ids share their first characters. */
  private Path twoAlikeOfficials() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data/people"));
    String yaml =
        Files.readString(Path.of("src/test/resources/userdata/people/example-supervisor.yml"));
    Files.writeString(
        data.resolve("district-1.yml"), yaml.replace("district: \"3\"", "district: \"1\""));
    Files.writeString(
        data.resolve("district-2.yml"), yaml.replace("district: \"3\"", "district: \"2\""));
    return data.getParent();
  }

  // item 2
  @Test
  void officialsWithTheSameNameAndIdPrefixGetTheirOwnPackets() throws IOException {
    Path data = twoAlikeOfficials();
    Path csv =
        Files.writeString(
            tmp.resolve("s.csv"),
            "name,to,topic\nAnn Alpha,user:district-1,police-staffing\nBob Beta,user:district-2,police-staffing\n");
    Path out = tmp.resolve("out");

    var r =
        Cli.run(
            "batch",
            csv.toString(),
            "-o",
            out.toString(),
            "--data-dir",
            data.toString(),
            "--bundle-by",
            "recipient",
            // user-added supervisors: no ZIP places a writer in their districts
            "--not-constituent");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> files = pdfs(out);
    assertThat(files).hasSize(2).doesNotHaveDuplicates();
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    for (CSVRecord m : manifest) {
      String other = m.get("supporter").equals("Ann Alpha") ? "Bob Beta" : "Ann Alpha";
      String packet = text(out.resolve(m.get("file")));
      assertThat(packet).contains(m.get("supporter")).doesNotContain(other);
    }
    assertThat(manifest).extracting(m -> m.get("file")).doesNotHaveDuplicates();
  }

  // item 13 (volumes) and issue 12 (cover, manifest columns)
  @Test
  void manyLettersToOneOfficialFillNumberedVolumesEachWithItsCover() throws IOException {
    // ZIP 95113 lies in AD 25: the writers are constituents
    StringBuilder csv = new StringBuilder("id,name,city,zip,district,topic,position\n");
    for (int i = 1; i <= 5; i++) {
      csv.append("s")
          .append(i)
          .append(",Writer ")
          .append(i)
          .append(",San Jose,95113,CA-AD25,")
          .append(i % 2 == 0 ? "street-lighting" : "police-staffing")
          .append(',')
          .append(i == 5 ? "oppose" : "support")
          .append('\n');
    }
    Path in = Files.writeString(tmp.resolve("s.csv"), csv);
    Path out = tmp.resolve("out");

    var r =
        Cli.run(
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--bundle-by",
            "recipient",
            "--packet-size",
            "2",
            "--levels",
            "state");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(pdfs(out))
        .containsExactly(
            "ash-kalra-820619fd-001.pdf",
            "ash-kalra-820619fd-002.pdf",
            "ash-kalra-820619fd-003.pdf");
    String first = text(out.resolve("ash-kalra-820619fd-001.pdf"));
    assertThat(first)
        .contains(
            "part 1 of 3",
            "2 letters from constituents follow",
            "Writer 1, San Jose",
            "Writer 2, San Jose",
            "By topic",
            "By position",
            "support: 2")
        .doesNotContain("Writer 3");
    assertThat(first)
        .containsPattern(
            "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
    String last = text(out.resolve("ash-kalra-820619fd-003.pdf"));
    assertThat(last).contains("part 3 of 3", "1 letter from a constituent follows", "oppose: 1");
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    assertThat(manifest).hasSize(5);
    for (CSVRecord m : manifest) {
      assertThat(m.get("recipient_id")).isEqualTo(KALRA);
      assertThat(m.get("letters_in_row")).isEqualTo("1");
      assertThat(m.get("basis")).contains("CA-AD25");
      assertThat(m.get("constituency")).isEqualTo("verified");
    }
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"lettersOverOnePage\" : 0", "\"filesWritten\" : 3");
  }

  // issue 12: the cover names the office the letters are addressed to
  @Test
  void theCoverNamesTheOfficeTheLettersGoTo() throws IOException {
    Path in =
        Files.writeString(
            tmp.resolve("s.csv"),
            // ZIP 95139 (San Jose) lies in CA-19 only
            "name,street,city,state,zip,district,topic\nAna,1 Main St,San Jose,CA,95139,CA-19,police-staffing\n");
    Path out = tmp.resolve("out");
    var r = Cli.run("batch", in.toString(), "-o", out.toString(), "--bundle-by", "recipient");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String packet = text(out.resolve(pdfs(out).get(0)));
    String cover = packet.substring(0, packet.indexOf("Dear "));
    String letter =
        packet.substring(packet.indexOf("Dear ") - 400 < 0 ? 0 : packet.indexOf("Dear ") - 400);
    assertThat(cover).contains("Panetta").containsAnyOf("Santa Cruz", "San Jose", "Salinas");
    for (String city : List.of("Santa Cruz", "San Jose", "Salinas", "Washington")) {
      assertThat(cover.contains(city + ", CA") || cover.contains(city + ", DC"))
          .as(city + " in cover vs letter:\n" + cover + "\n---\n" + letter)
          .isEqualTo(letter.contains(city + ", CA") || letter.contains(city + ", DC"));
    }
  }

  @Test
  void aLetterOverOnePageIsCountedInTheSummary() throws IOException {
    String note = "We have waited a long time for help on our street. ".repeat(70);
    Path in =
        Files.writeString(
            tmp.resolve("s.csv"),
            "name,zip,district,topic,note\nAna,95113,CA-AD25,police-staffing,\"" + note + "\"\n");
    Path out = tmp.resolve("out");
    var r = Cli.run("batch", in.toString(), "-o", out.toString(), "--bundle-by", "recipient");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"lettersOverOnePage\" : 1");
  }
}
