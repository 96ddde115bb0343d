package dearrep.cli;

import static dearrep.cli.BatchCommandTest.KALRA;
import static dearrep.cli.BatchCommandTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 2 to 8: hostile bytes in the supporters' CSV and damaged state in OUT, met as a
 * user meets them: a real file in, a real folder out.
 */
class BatchHostileInputTest {

  @TempDir Path tmp;

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A batch run. These rows give no ZIP code, and what is tested is the bytes of the file, not
   * where the writers live: they say they may live elsewhere (--not-constituent).
   */
  private Cli.Result batch(Path csv, Path out, String... more) {
    return Cli.run(
        Stream.of(
                Stream.of("batch", csv.toString(), "-o", out.toString(), "--not-constituent"),
                Stream.of(more))
            .flatMap(s -> s)
            .toArray(String[]::new));
  }

  private static String fates(Path out) throws IOException {
    StringBuilder s = new StringBuilder();
    for (CSVRecord m : read(out.resolve("manifest.csv"))) {
      s.append(m.get("line")).append(" ok ").append(m.get("supporter")).append('\n');
    }
    for (CSVRecord e : read(out.resolve("errors.csv"))) {
      s.append(e.get("line")).append(' ').append(e.get("reason")).append('\n');
    }
    return s.toString();
  }

  // item 3
  @Test
  void textAfterAClosingQuoteFailsThatRowAndTheRestAreRead() throws IOException {
    Path csv =
        file(
            "trailing.csv",
            "name,district,topic\n"
                + "Ann,CA-AD25,police-staffing\n"
                + "\"Bob\"x,CA-AD25,police-staffing\n"
                + "Cy,CA-AD25,police-staffing\n"
                + "\"Di\",CA-AD25,police-staffing\n");
    Path out = tmp.resolve("out");

    var r = batch(csv, out);

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(fates(out))
        .contains("2 ok Ann", "4 ok Cy", "5 ok Di", "3 malformed-csv")
        .hasLineCount(4);
    assertThat(read(out.resolve("errors.csv")).get(0).get("detail"))
        .contains("text after a closing quote");
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"rowsRead\" : 4", "\"rowsFailed\" : 1");
  }

  @Test
  void aQuoteNeverClosedCostsOneLineNotTheFile() throws IOException {
    Path csv =
        file(
            "open-quote.csv",
            "name,district,topic,note\n"
                + "Ann,CA-AD25,police-staffing,\"never closed\n"
                + "Bob,CA-AD25,police-staffing,\n"
                + "Cy,CA-AD25,police-staffing,\"two\nlines\"\n"
                + "Di,CA-AD25,police-staffing,\n");
    Path out = tmp.resolve("out");

    batch(csv, out);

    assertThat(fates(out))
        .contains("2 malformed-csv", "3 ok Bob", "4 ok Cy", "6 ok Di")
        .hasLineCount(4);
  }

  // item 4
  @Test
  void aByteOrderMarkBeforeQuotedHeaderCellsIsNoHeaderCell() throws IOException {
    Path csv =
        file(
            "bom-quoted.csv",
            "\uFEFF\"id\",\"name\",\"district\",\"topic\"\n"
                + "\"s1\",\"José Peña\",\"CA-AD25\",\"police-staffing\"\n");
    Path out = tmp.resolve("out");

    var r = batch(csv, out);

    assertThat(r.exitCode()).as(r.err()).isZero();
    CSVRecord m = read(out.resolve("manifest.csv")).get(0);
    assertThat(m.get("id")).isEqualTo("s1");
    assertThat(m.get("supporter")).isEqualTo("José Peña");
    assertThat(m.get("recipient_id")).isEqualTo(KALRA);
  }

  // item 5
  @Test
  void latin1BytesFailTheRowAsBadEncodingUnlessTheEncodingIsGiven() throws IOException {
    byte[] latin1 =
        ("name,district,topic\nJos\u00e9 Pe\u00f1a,CA-AD25,police-staffing\nAnn,CA-AD25,police-staffing\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path csv = file("latin1.csv", latin1);
    Path out = tmp.resolve("out");

    var r = batch(csv, out);

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(fates(out)).contains("2 bad-encoding", "3 ok Ann");
    assertThat(read(out.resolve("errors.csv")).get(0).get("detail")).contains("--encoding");
    try (Stream<Path> letters = Files.list(out)) {
      for (Path f : letters.filter(p -> p.toString().endsWith(".txt")).toList()) {
        assertThat(Files.readString(f)).doesNotContain("\uFFFD");
      }
    }

    Path told = tmp.resolve("told");
    var again = batch(csv, told, "--encoding", "windows-1252");
    assertThat(again.exitCode()).as(again.err()).isZero();
    CSVRecord m = read(told.resolve("manifest.csv")).get(0);
    assertThat(Files.readString(told.resolve(m.get("file")))).contains("José Peña");
  }

  // item 6, batch side: a 5 MB line of NUL bytes is one bounded error, not a 31 MB line
  @Test
  void aFileOfNulBytesGivesBoundedErrors() throws IOException {
    byte[] bytes = new byte[5 << 20];
    byte[] header = "name,district,topic\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    Path csv = file("nul.csv", bytes);
    Path out = tmp.resolve("out");

    var r = batch(csv, out);

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err().length()).isLessThan(1000);
    assertThat(Files.size(out.resolve("errors.csv"))).isLessThan(4096);
    assertThat(fates(out)).isEqualTo("2 field-too-long\n");
  }

  // item 7
  @Test
  void resumingWithAnotherFileIsRefusedSayingWhatDiffers() throws IOException {
    Path first = file("a.csv", "name,district,topic\nAnn,CA-AD25,police-staffing\n");
    Path second =
        file(
            "b.csv",
            "name,district,topic\nBob,CA-AD25,police-staffing\nCy,CA-AD25,police-staffing\n");
    Path out = tmp.resolve("out");
    assertThat(batch(first, out).exitCode()).isZero();

    var r = batch(second, out, "--resume");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the input was", "bytes", "start a new folder").hasLineCount(1);
    assertThat(fates(out)).isEqualTo("2 ok Ann\n");
  }

  // item 8
  @Test
  void aCrashBeforeTheRunWasRecordedLeavesAFolderThatCanBeUsed() throws IOException {
    Path csv = file("a.csv", "name,district,topic\nAnn,CA-AD25,police-staffing\n");
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve(".dearrep/tmp/batch-worker-1"));
    Files.writeString(out.resolve(".dearrep/lock"), "");

    var resumed = batch(csv, out, "--resume");
    assertThat(resumed.exitCode()).isEqualTo(2);
    assertThat(resumed.err()).contains("without --resume").hasLineCount(1);

    var fresh = batch(csv, out);
    assertThat(fresh.exitCode()).as(fresh.err()).isZero();
    assertThat(fates(out)).isEqualTo("2 ok Ann\n");
  }

  @Test
  void anEmptyRunRecordIsNoRecord() throws IOException {
    Path csv = file("a.csv", "name,district,topic\nAnn,CA-AD25,police-staffing\n");
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve(".dearrep"));
    Files.writeString(out.resolve(".dearrep/run.txt"), "");

    var resumed = batch(csv, out, "--resume");
    assertThat(resumed.exitCode()).isEqualTo(2);
    assertThat(resumed.err())
        .doesNotContain("unexpected", "Exception")
        .contains("without --resume");
    assertThat(batch(csv, out).exitCode()).isZero();
  }

  @Test
  void damagedReportLinesAreRedoneLikeTornOnes() throws IOException {
    Path csv = BatchCommandTest.csv("messy-rows.csv");
    Path whole = tmp.resolve("whole");
    Path out = tmp.resolve("out");
    batch(csv, whole);
    batch(csv, out);
    List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
    // a negative line, a line number that is not one, a file name outside OUT, bytes not UTF-8
    manifest.set(1, manifest.get(1).replaceFirst("^\\d+", "-5"));
    manifest.add(2, "x,y");
    manifest.add(3, "99,s,n,r,n,state,t,support,b,../../etc/passwd,abc,1");
    Files.write(out.resolve("manifest.csv"), manifest);
    Files.write(
        out.resolve("errors.csv"),
        new byte[] {'3', ',', (byte) 0xC3, (byte) 0x28, '\n'},
        java.nio.file.StandardOpenOption.APPEND);

    var r = batch(csv, out, "--resume");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).doesNotContain("unexpected");
    dearrep.testing.BatchFolders.assertSameOutput(out, whole);
  }

  // issue 14: the closing line's grammar, and no speed for a run that had nothing left to do
  @Test
  void theClosingLineCountsInWordsAndAResumedFinishedRunHasNoSpeed() throws IOException {
    Path csv = file("one.csv", "name,district,topic\nAnn,CA-AD25,police-staffing\n");
    Path out = tmp.resolve("out");
    var first = batch(csv, out);
    assertThat(first.err()).contains("1 row: 1 letter written, 0 rows failed");
    var again = batch(csv, out, "--resume");
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("1 row done by the earlier run").doesNotContain("rows/s");
  }
}
