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

  private final ProgressBar bar;
  private final long totalBytes;

  private TerminalProgress(ProgressBar bar, long totalBytes) {
    this.bar = bar;
    this.totalBytes = totalBytes;
  }

  /** A progress bar when standard error is a terminal, else {@link BatchProgress#NONE}. */
  static BatchProgress onStandardError(long totalBytes) {
    if (!standardErrorIsTerminal()) {
      return BatchProgress.NONE;
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("batch")
            .setInitialMax(-1)
            .setUnit(" rows", 1)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .build();
    return new TerminalProgress(bar, totalBytes);
  }

  @Override
  public void update(long rows, long bytes) {
    if (totalBytes > 0 && bytes > 0) {
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
