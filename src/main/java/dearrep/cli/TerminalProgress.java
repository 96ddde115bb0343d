package dearrep.cli;

import dearrep.batch.BatchProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The batch progress bar (rows, rows/s, ETA) on standard error, drawn by the progressbar library;
 * nothing at all when standard error is not a terminal. The total is estimated from the bytes read
 * so far, so the ETA works without reading the input twice.
 */
final class TerminalProgress implements BatchProgress {

  private ProgressBar bar;
  private final long totalBytes;
  private boolean counted;

  private TerminalProgress(ProgressBar bar, long totalBytes) {
    this.bar = bar;
    this.totalBytes = totalBytes;
  }

  /** A progress bar when standard error is a terminal, else {@link BatchProgress#NONE}. */
  static BatchProgress onStandardError(long totalBytes) {
    if (!standardErrorIsTerminal()) {
      return BatchProgress.NONE;
    }
    return new TerminalProgress(bar("rows", " rows"), totalBytes);
  }

  private static ProgressBar bar(String task, String unit) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1)
        .setUnit(unit, 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .continuousUpdate()
        .build();
  }

  /**
   * A step with a known total: the rows (counted before the run), then the packets, each its own
   * bar so the rows never show 100% while packets are still being written.
   */
  @Override
  public void phase(String name, long total) {
    if (!name.equals("rows")) {
      bar.close();
      bar = bar(name, " " + name);
    }
    bar.maxHint(total);
    counted = true;
  }

  @Override
  public void update(long rows, long bytes) {
    if (!counted && totalBytes > 0 && bytes > 0) {
      bar.maxHint(Math.max(rows, rows * totalBytes / bytes));
    }
    bar.stepTo(rows);
  }

  @Override
  public void close() {
    bar.close();
  }

  // Java 17 cannot ask whether stderr alone is a terminal; Linux says where fd 2 points.
  static boolean standardErrorIsTerminal() {
    String term = System.getenv("TERM");
    if (term == null || term.equals("dumb")) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }
}
