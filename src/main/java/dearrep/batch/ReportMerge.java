package dearrep.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a resumed report back in input order. A resumed run appends the rows it redid after the rows
 * kept from before; both parts are in line order, so one streaming merge (flat memory, like a merge
 * sort's last pass) makes the report equal to an uninterrupted run's.
 */
final class ReportMerge {

  private ReportMerge() {}

  /**
   * Merges the part before byte {@code split} with the part after it, by the first cell (the line).
   */
  static void merge(Path report, long split) throws IOException {
    if (split >= Files.size(report)) {
      return; // nothing was appended
    }
    Path copy = report.resolveSibling(report.getFileName() + ".merge");
    try (FileChannel before = FileChannel.open(report);
        FileChannel after = FileChannel.open(report);
        BufferedReader a = reader(Channels.newInputStream(before), split);
        BufferedReader b = reader(Channels.newInputStream(after.position(split)), Long.MAX_VALUE);
        BufferedWriter out =
            new BufferedWriter(
                new java.io.OutputStreamWriter(
                    OutFolder.write(copy, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                    StandardCharsets.UTF_8))) {
      out.write(a.readLine());
      out.write('\n');
      String x = a.readLine();
      String y = b.readLine();
      while (x != null || y != null) {
        if (y == null || x != null && line(x) <= line(y)) {
          out.write(x);
          x = a.readLine();
        } else {
          out.write(y);
          y = b.readLine();
        }
        out.write('\n');
      }
    }
    Files.move(copy, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static long line(String csvLine) {
    int comma = csvLine.indexOf(',');
    return Long.parseLong(comma < 0 ? csvLine : csvLine.substring(0, comma));
  }

  private static BufferedReader reader(InputStream in, long limit) {
    InputStream bounded =
        new java.io.FilterInputStream(in) {
          long left = limit;

          @Override
          public int read() throws IOException {
            if (left <= 0) {
              return -1;
            }
            int c = super.read();
            left--;
            return c;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            if (left <= 0) {
              return -1;
            }
            int n = super.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
              left -= n;
            }
            return n;
          }
        };
    return new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8), 1 << 16);
  }
}
