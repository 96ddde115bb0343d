package dearrep.batch;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The one thread that writes the output: takes each row's outcome in input order, writes its
 * letters atomically, then appends its manifest lines (or its errors line).
 */
final class ReportSink {

  private static final int PROGRESS_EVERY = 256;

  // Lines are flushed in batches, not per row: a line lost in a crash only means its row is done
  // again on resume (its files are rewritten with the same names and bytes). What matters is that
  // a line is never written before its files are in place, which the input-order queue ensures.
  private static final int FLUSH_EVERY = 512;

  private final ReportWriter manifest;
  private final ReportWriter errors;
  private final Spool spool;
  private final LetterFiles files;
  private final Tally tally;
  private final BatchProgress progress;
  private final BatchRun.Counting input;
  private volatile Throwable failure;
  private long rows;
  private int unflushed;

  ReportSink(
      ReportWriter manifest,
      ReportWriter errors,
      Spool spool,
      LetterFiles files,
      Tally tally,
      BatchProgress progress,
      BatchRun.Counting input) {
    this.files = files;
    this.manifest = manifest;
    this.errors = errors;
    this.spool = spool;
    this.tally = tally;
    this.progress = progress;
    this.input = input;
  }

  boolean healthy() {
    return failure == null;
  }

  /**
   * Runs until the end marker (a null chunk); after a failure it only drains, so the reader never
   * blocks.
   */
  void drain(BlockingQueue<Future<List<Outcome>>> inOrder) {
    try {
      while (true) {
        List<Outcome> chunk = inOrder.take().get();
        if (chunk == null) {
          break;
        }
        if (failure == null) {
          try {
            for (Outcome o : chunk) {
              record(o);
            }
            unflushed += chunk.size();
            if (inOrder.isEmpty() || unflushed >= FLUSH_EVERY) {
              flush();
            }
          } catch (IOException | RuntimeException e) {
            failure = e;
          }
        }
      }
      if (failure == null) {
        flush();
      }
      progress.update(rows, input.count());
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = e;
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
  }

  private void record(Outcome o) throws IOException {
    if (o.problem() != null) {
      failed(o.row(), o.problem());
    } else if (!o.toBundle().isEmpty()) {
      spool.add(o.row().line(), o.toBundle());
      tally.rowsOk++;
    } else if (!write(o)) {
      return;
    } else {
      for (ManifestEntry e : o.letters()) {
        manifest.write(e.cells());
        tally.letter(e);
      }
      tally.rowsOk++;
      tally.files += o.letters().size();
    }
    if (++rows % PROGRESS_EVERY == 0) {
      progress.update(rows, input.count());
    }
  }

  private void flush() throws IOException {
    manifest.flush();
    errors.flush();
    if (spool != null) {
      spool.flush();
    }
    unflushed = 0;
  }

  private void failed(Row row, RowProblem p) throws IOException {
    errors.write(
        new ErrorEntry(row.line(), p.column, p.reason.code, p.getMessage(), row.raw()).cells());
    tally.failure(p.reason.code);
  }

  /**
   * Publishes a row's staged letters; when one cannot be renamed, the row fails and leaves none.
   */
  private boolean write(Outcome o) throws IOException {
    List<Path> written = new ArrayList<>();
    try {
      for (int i = 0; i < o.letters().size(); i++) {
        written.add(files.publish(o.staged().get(i), o.letters().get(i).file()));
      }
      return true;
    } catch (IOException e) {
      written.forEach(LetterFiles::deleteQuietly);
      o.staged().forEach(LetterFiles::deleteQuietly);
      failed(
          o.row(),
          new RowProblem(
              Reason.WRITE_FAILED, "", "cannot write the letter: " + DearrepException.reason(e)));
      return false;
    }
  }

  /** Rethrows what stopped the report thread, if anything did. */
  void rethrow() throws IOException {
    Throwable f = failure;
    if (f instanceof IOException io) {
      throw io;
    } else if (f instanceof RuntimeException re) {
      throw re;
    } else if (f != null) {
      throw new IOException("writing the reports failed: " + f, f);
    }
  }
}
