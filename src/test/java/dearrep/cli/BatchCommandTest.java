package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's batch sessions: real CSV files in, files and reports out. */
class BatchCommandTest {

  static final String KALRA = "ocd-person/820619fd-d053-4915-b099-1d134a880228";
  static final String LICCARDO = "bioguide:L000607";
  static final String CORTESE = "ocd-person/0fa65d2c-6020-4586-a6f1-5dfd41db38ff";
  static final String PADILLA = "bioguide:P000145";

  @TempDir Path tmp;

  static Path csv(String name) {
    return Path.of("src/test/resources/csv", name);
  }

  @Test
  void cleanFileWritesOneLetterPerSupporterAndRecipient() throws IOException {
    Path out = tmp.resolve("out");
    var r =
        Cli.run(
            "batch", csv("clean.csv").toString(), "-o", out.toString(), "--jobs", "3", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("6 rows: 6 letters written, 0 rows failed");
    assertThat(r.out()).contains("\"rowsRead\" : 6", "\"lettersWritten\" : 6");
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    assertThat(manifest)
        .extracting(m -> m.get("line") + " " + m.get("recipient_id"))
        .containsExactly(
            "2 " + KALRA,
            "3 " + LICCARDO,
            "5 " + CORTESE,
            "6 " + PADILLA,
            "7 " + KALRA,
            "8 bioguide:L000397");
    // 95113 lies in CA-18, AD 25 and SD 15 only; 95122 spans three House districts; Padilla's
    // seat is the whole state
    assertThat(manifest)
        .extracting(m -> m.get("line") + " " + m.get("constituency"))
        .containsExactly(
            "2 verified", "3 possible", "5 verified", "6 verified", "7 verified", "8 verified");
    assertThat(Files.readString(out.resolve(manifest.get(0).get("file"))))
        .contains("As your constituent in the 25th Assembly District,");
    assertThat(Files.readString(out.resolve(manifest.get(1).get("file"))))
        .contains("As a resident of ZIP code 95122, in or near your district,")
        .doesNotContain("constituent");
    // --json: stdout is the summary document alone, the freshness lines go to stderr
    assertThat(r.out().strip()).startsWith("{").endsWith("}").doesNotContain("People data");
    assertThat(new ObjectMapper().readTree(r.out()).get("lettersWritten").asInt()).isEqualTo(6);
    assertThat(read(out.resolve("errors.csv"))).isEmpty();
    for (CSVRecord m : manifest) {
      Path letter = out.resolve(m.get("file"));
      assertThat(letter).exists();
      assertThat(m.get("file")).matches("[a-z0-9.-]+");
      assertThat(m.get("letters_in_row")).isEqualTo("1");
    }
    assertThat(manifest.get(0).get("file"))
        .isEqualTo("0000002-jose-pena-s1-to-ash-kalra-820619fd.txt");
    assertThat(manifest.get(1).get("file"))
        .startsWith("0000003-nguyen-thi-minh-s2-to-sam-t-liccardo-l000607");
    assertThat(Files.readString(out.resolve(manifest.get(1).get("file"))))
        .contains(
            "Nguyễn Thị Minh\n1 Story Rd",
            "Dear Representative Liccardo:",
            "Response times on my street are too long.");
    assertThat(Files.readString(out.resolve(manifest.get(0).get("file"))))
        .contains("Dear Assemblymember Kalra:");
    // a supporter named like a formula is written as text, never as a formula
    assertThat(manifest.get(4).get("supporter")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"rowsRead\" : 6", "\"lettersWritten\" : 6", "\"police-staffing\" : 1");
    assertThat(out.resolve(".dearrep/tmp")).isEmptyDirectory();
  }

  @Test
  void messyFileReportsEveryBadRowAndWritesTheRest() throws IOException {
    Path out = tmp.resolve("out");
    var r =
        Cli.run(
            "batch",
            csv("messy-rows.csv").toString(),
            "-o",
            out.toString(),
            "--levels",
            "federal,state");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    Map<String, String> fate = new LinkedHashMap<>();
    Map<String, List<String>> recipients = new LinkedHashMap<>();
    for (CSVRecord m : read(out.resolve("manifest.csv"))) {
      recipients
          .computeIfAbsent(m.get("line"), k -> new java.util.ArrayList<>())
          .add(m.get("recipient_id"));
      fate.put(m.get("line"), "ok " + m.get("letters_in_row") + " letters");
    }
    for (CSVRecord e : read(out.resolve("errors.csv"))) {
      fate.put(
          e.get("line"),
          e.get("reason") + (e.get("column").isEmpty() ? "" : " @" + e.get("column")));
    }
    assertThat(fate)
        .containsOnly(
            Map.entry("2", "ok 1 letters"),
            Map.entry("3", "missing-name @First Name".replace("First Name", "Last Name")),
            Map.entry("4", "missing-recipient @District"),
            Map.entry("5", "bad-district @District"),
            Map.entry("6", "unknown-district @District"),
            Map.entry("7", "unknown-person @To"),
            Map.entry("8", "ambiguous-zip @Postal Code"),
            Map.entry("9", "bad-coordinates @Lat"),
            Map.entry("10", "field-too-long @City"),
            Map.entry("11", "control-characters @First Name"),
            Map.entry("12", "unknown-topic @Topic"),
            Map.entry("13", "missing-topic @Topic"),
            Map.entry("14", "bad-position @Position"),
            Map.entry("15", "field-count"),
            Map.entry("16", "no-recipients @To"),
            Map.entry("17", "unknown-district @District"),
            Map.entry("18", "ok 1 letters"),
            Map.entry("21", "zip-not-found @Postal Code"),
            Map.entry("22", "ok " + recipients.getOrDefault("22", List.of()).size() + " letters"),
            Map.entry("23", "malformed-csv"),
            // the quote opened on line 23 never closes: that line fails alone, the next is read
            Map.entry("24", "ok 1 letters"));
    assertThat(recipients.get("2")).containsExactly(KALRA);
    assertThat(recipients.get("24")).containsExactly(KALRA);
    assertThat(recipients.get("18")).containsExactly("bioguide:L000397");
    // ZIP 95113 lies in one House district (CA-18, Lofgren), one Assembly district (AD 25, Kalra)
    // and one Senate district (SD 15, Cortese)
    assertThat(recipients.get("22")).contains(PADILLA, "bioguide:L000397", KALRA, CORTESE);
    List<CSVRecord> errors = read(out.resolve("errors.csv"));
    CSVRecord formula =
        errors.stream().filter(e -> e.get("line").equals("17")).findFirst().orElseThrow();
    assertThat(formula.get("record")).startsWith("'@SUM(1+1),Formula");
    CSVRecord bell =
        errors.stream().filter(e -> e.get("line").equals("11")).findFirst().orElseThrow();
    assertThat(bell.get("record")).startsWith("Bel\\u0007l,Ringer");
    assertThat(r.err()).contains("rows failed (see errors.csv)", "21 rows: ", "17 rows failed");
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"missing-name\" : 1", "\"rowsFailed\" : 17");
  }

  @Test
  void zipPolicyLargestTakesTheLargestLandShareOfTheLegislativeCrosswalk() throws IOException {
    Path in = tmp.resolve("split.csv");
    java.nio.file.Files.writeString(
        in, "name,zip,topic\nAna Reyes,95112,police-staffing\nBo Tran,95125,police-staffing\n");
    Path out = tmp.resolve("out");
    Cli.Result r =
        Cli.run(
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--levels",
            "state",
            "--zip-policy",
            "largest");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    // 95112: AD 25 (Kalra) and SD 15 (Cortese) hold the most land of the ZIP; 95125: AD 28, SD 15
    assertThat(manifest)
        .filteredOn(m -> m.get("line").equals("2"))
        .extracting(m -> m.get("recipient_id"))
        .contains(KALRA, CORTESE);
    assertThat(manifest)
        .filteredOn(m -> m.get("recipient_id").equals(KALRA))
        .allSatisfy(
            m -> assertThat(m.get("basis")).contains("largest by land area of 2 candidates"));
    // The House crosswalk is in land order too: 95112 is mostly CA-18, 95125 mostly CA-16
    Path out2 = tmp.resolve("out2");
    Cli.Result federal =
        Cli.run(
            "batch",
            in.toString(),
            "-o",
            out2.toString(),
            "--levels",
            "federal",
            "--zip-policy",
            "largest");
    assertThat(federal.exitCode()).as(federal.err()).isZero();
    List<CSVRecord> house =
        read(out2.resolve("manifest.csv")).stream()
            .filter(m -> m.get("basis").contains("largest by land area of 3 candidates"))
            .toList();
    assertThat(house)
        .extracting(m -> m.get("line") + " " + m.get("recipient_name"))
        .containsExactlyInAnyOrder("2 Zoe Lofgren", "3 Sam T. Liccardo");
  }

  @Test
  void missingRequiredColumnStopsBeforeAnyOutput() throws IOException {
    Path in = tmp.resolve("in.csv");
    Files.writeString(in, "Email,City\nx@example.org,San Jose\n");
    Path out = tmp.resolve("out");
    var r = Cli.run("batch", in.toString(), "-o", out.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "missing name (or first_name and last_name)",
            "a recipient column",
            "topic (or give --topic)")
        .contains("Found: Email, City")
        .contains("Expected: name or first_name+last_name");
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesAFolderThatHoldsSomethingElse() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    var r = Cli.run("batch", csv("clean.csv").toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not empty", "--resume");
  }

  @Test
  void resumeOfAFinishedBatchWritesNothingTwice() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(Cli.run("batch", csv("clean.csv").toString(), "-o", out.toString()).exitCode())
        .isZero();
    String manifest = Files.readString(out.resolve("manifest.csv"));
    var r = Cli.run("batch", csv("clean.csv").toString(), "-o", out.toString(), "--resume");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("manifest.csv"))).isEqualTo(manifest);
    assertThat(r.err()).contains("6 rows done by the earlier run");
  }

  @Test
  void bundleByRecipientMakesOnePacketEach() throws IOException {
    Path out = tmp.resolve("out");
    var r =
        Cli.run(
            "batch", csv("clean.csv").toString(), "-o", out.toString(), "--bundle-by", "recipient");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")))
          .containsExactlyInAnyOrder(
              "ash-kalra-820619fd-001.pdf",
              "sam-t-liccardo-l000607-001.pdf",
              "dave-cortese-0fa65d2c-001.pdf",
              "alex-padilla-p000145-001.pdf",
              "zoe-lofgren-l000397-001.pdf");
    }
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    assertThat(manifest).hasSize(6);
    assertThat(manifest)
        .filteredOn(m -> m.get("recipient_id").equals(KALRA))
        .extracting(m -> m.get("file"))
        .containsOnly("ash-kalra-820619fd-001.pdf")
        .hasSize(2);
    assertThat(manifest)
        .filteredOn(m -> m.get("recipient_id").equals(PADILLA))
        .extracting(m -> m.get("constituency"))
        .containsExactly("verified");
    try (var pdf =
        org.apache.pdfbox.Loader.loadPDF(out.resolve("ash-kalra-820619fd-001.pdf").toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      assertThat(text)
          .contains("Ash Kalra", "2 letters", "José Peña, San Jose", "Dear Assemblymember Kalra:");
    }
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"pagesWritten\"");
  }

  @Test
  void emlFormatWritesOneDraftPerLetter() throws IOException {
    Path out = tmp.resolve("out");
    var r =
        Cli.run(
            "batch",
            csv("clean.csv").toString(),
            "-o",
            out.toString(),
            "--format",
            "eml",
            "--levels",
            "state");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    List<CSVRecord> manifest = read(out.resolve("manifest.csv"));
    assertThat(manifest).extracting(m -> m.get("recipient_id")).containsExactly(KALRA, CORTESE);
    String eml = Files.readString(out.resolve(manifest.get(0).get("file")));
    assertThat(manifest.get(0).get("file")).endsWith(".eml");
    assertThat(eml).contains("To: ", "Subject: ", "assemblymember.kalra@assembly.ca.gov");
    // federal-only rows have no recipient at the state level; a draft needs the writer's address
    assertThat(read(out.resolve("errors.csv")))
        .extracting(e -> e.get("line") + " " + e.get("reason"))
        .containsExactly(
            "3 no-recipients", "6 no-recipients", "7 missing-email", "8 no-recipients");
  }

  static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  @Test
  void aRowOutsideItsDistrictFailsAsNotConstituentUnlessAllowed() throws Exception {
    Path csv = tmp.resolve("outside.csv");
    Files.writeString(
        csv,
        "name,street,city,state,zip,district,topic\n"
            + "Ana Ruiz,1 Main St,San Jose,CA,95113,CA-16,police-staffing\n"
            + "Bo Lee,2 Main St,San Jose,CA,95113,CA-18,police-staffing\n"
            + "Cy Tran,3 Main St,Austin,TX,73301,CA-AD25,police-staffing\n");
    Path out = tmp.resolve("refused");
    var r = Cli.run("batch", csv.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(read(out.resolve("errors.csv")))
        .extracting(e -> e.get("line") + " " + e.get("reason") + " @" + e.get("column"))
        .containsExactly("2 not-constituent @zip", "4 not-constituent @zip");
    assertThat(read(out.resolve("manifest.csv")))
        .extracting(m -> m.get("line") + " " + m.get("constituency"))
        .containsExactly("3 verified");

    Path allowed = tmp.resolve("allowed");
    var ok = Cli.run("batch", csv.toString(), "-o", allowed.toString(), "--not-constituent");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    List<CSVRecord> manifest = read(allowed.resolve("manifest.csv"));
    assertThat(manifest)
        .extracting(m -> m.get("line") + " " + m.get("constituency"))
        .containsExactly("2 outside", "3 verified", "4 outside");
    assertThat(Files.readString(allowed.resolve(manifest.get(0).get("file"))))
        .contains("Although I do not live in your district, I am writing")
        .doesNotContain("constituent in");
    assertThat(Files.readString(allowed.resolve(manifest.get(1).get("file"))))
        .contains("As your constituent in California's 18th Congressional District,");
  }

  @Test
  void aRowPlacedByCoordinatesIsCheckedAtItsPoint() throws Exception {
    Path csv = tmp.resolve("points.csv");
    Files.writeString(csv, "name,lat,lon,topic\nAna Ruiz,37.3337,-121.8907,police-staffing\n");
    Path out = tmp.resolve("points");
    var r = Cli.run("batch", csv.toString(), "-o", out.toString(), "--levels", "federal");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(read(out.resolve("manifest.csv")))
        .extracting(m -> m.get("recipient_id") + " " + m.get("constituency"))
        .contains("bioguide:L000397 verified", PADILLA + " verified");
  }
}
