package dearrep.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Appends lines to a CSV report. Every cell is protected ({@link ReportCells}), so each record is
 * one physical line, and {@link #flush} after each row makes the report a journal resume can trust
 * up to its last complete line.
 */
final class ReportWriter implements Closeable {

  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private final Writer out;
  private final CSVPrinter printer;

  private ReportWriter(Writer out) throws IOException {
    this.out = out;
    this.printer = new CSVPrinter(out, FORMAT);
  }

  /** A new report holding only its header line. */
  static ReportWriter create(Path file, List<String> header) throws IOException {
    ReportWriter w = new ReportWriter(open(file, StandardOpenOption.TRUNCATE_EXISTING));
    w.printer.printRecord(header);
    w.flush();
    return w;
  }

  /** Appends to an existing report. */
  static ReportWriter append(Path file) throws IOException {
    return new ReportWriter(open(file, StandardOpenOption.APPEND));
  }

  private static Writer open(Path file, StandardOpenOption mode) throws IOException {
    return new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(OutFolder.write(file, mode), StandardCharsets.UTF_8));
  }

  void write(List<String> cells) throws IOException {
    for (String c : cells) {
      printer.print(ReportCells.protect(c));
    }
    printer.println();
  }

  void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
