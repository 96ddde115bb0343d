package dearrep.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import dearrep.model.DearrepException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch: supporters' CSV in, letters, {@code manifest.csv}, {@code errors.csv} and {@code
 * summary.json} out.
 *
 * <p>Threads: the caller's thread parses the CSV and hands rows, in chunks of 64, to a pool of
 * {@code jobs} workers (check, find recipients, render, write temp files, each worker in its own
 * temp folder); each chunk's future also goes, in input order, into a bounded queue that one output
 * thread drains: it renames each row's temp files into the output folder, then appends the row's
 * manifest lines (or its errors line). The queue bounds the rows in flight (4 chunks per worker),
 * so memory stays flat however long the input, and the reports come out in input order, which is
 * what makes them a journal a resumed run can trust.
 */
public final class BatchRun {

  static final String MANIFEST = "manifest.csv";
  static final String ERRORS = "errors.csv";
  static final String SUMMARY = "summary.json";
  static final String STATE = ".dearrep";

  // Rows travel in chunks, so threads hand work over once per chunk rather than once per row.
  private static final int CHUNK = 64;
  private static final int CHUNKS_PER_JOB_IN_FLIGHT = 4;

  private final BatchOptions options;
  private final Lookup lookup;
  private final PlaceLookup places;
  private final BatchLetters letters;
  private Path dir;
  private AddressGeocoding geocoding;

  /**
   * @param options how to run
   * @param places who represents a district, a ZIP code or a point
   * @param letters the letter renderer
   */
  public BatchRun(BatchOptions options, PlaceLookup places, BatchLetters letters) {
    this.options = options;
    this.lookup = places.lookup();
    this.places = places;
    this.letters = letters;
  }

  /** Places rows with a street address by geocoding them first ({@code --geocode census}). */
  public BatchRun geocoding(AddressGeocoding geocoding) {
    this.geocoding = geocoding;
    return this;
  }

  /**
   * Runs the batch over a CSV stream.
   *
   * @throws DearrepException bad input when the header lacks required columns (nothing is written)
   *     or the folder is not fit for the run; failure when the reports cannot be written
   */
  public BatchSummary run(InputStream csv, BatchProgress progress) throws IOException {
    long start = System.nanoTime();
    Counting counted = new Counting(csv);
    CharsetDecoder decoder =
        options
            .encoding()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(CsvRecords.NOT_TEXT));
    CsvRecords records = new CsvRecords(new InputStreamReader(counted, decoder));
    try {
      Row first = records.next();
      if (first != null && first.problem() != null) {
        throw DearrepException.badInput(
            "the header row of "
                + DearrepException.shown(options.input())
                + " cannot be read: "
                + first.problem().getMessage());
      }
      Header header =
          Header.of(first == null ? List.of() : first.cells(), !options.topic().isEmpty());
      Optional<RunRecord.Fingerprint> input =
          options.input().equals("-")
              ? Optional.empty()
              : Optional.of(RunRecord.Fingerprint.of(Path.of(options.input()), options.encoding()));
      input.ifPresent(f -> progress.phase("rows", f.records()));
      dir = OutFolder.prepare(options.outDir());
      Path state = dir.resolve(STATE);
      OutFolder.checkNoLinks(dir, STATE);
      Tally tally = new Tally();
      try (FileLock lock = lock(state, input)) {
        LocalDate date = RunRecord.read(state).map(RunRecord::date).orElse(LocalDate.now());
        BitSet done = new BitSet();
        if (options.resume()) {
          done = Resumption.reconcile(dir, state, tally, options.bundleByRecipient()).done;
        }
        Spool spool = null;
        if (options.bundleByRecipient()) {
          spool = Spool.open(state.resolve("spool"), options.resume(), lookup, tally, date);
          done.or(spool.done());
        }
        long manifestSplit = size(dir.resolve(MANIFEST));
        long errorsSplit = size(dir.resolve(ERRORS));
        try (ReportWriter manifest = report(MANIFEST, ManifestEntry.HEADER);
            ReportWriter errors = report(ERRORS, ErrorEntry.HEADER);
            Spool spooled = spool) {
          AddressPoints points = geocoding == null ? AddressPoints.NONE : geocoding.prepare(state);
          var finder = new RecipientFinder(places, options.levels(), options.zipPolicy(), points);
          var files = new LetterFiles(dir, state.resolve("tmp"));
          var work = new RowWork(header, options, finder, letters, files, date);
          var sink = new ReportSink(manifest, errors, spool, files, tally, progress, counted);
          pump(records, done, work, sink, tally);
          if (spool != null) {
            new Packets(spool, letters, files, manifest, tally, options.packetSize())
                .writeAll(progress);
          }
        }
        if (options.resume()) {
          ReportMerge.merge(dir.resolve(MANIFEST), manifestSplit);
          ReportMerge.merge(dir.resolve(ERRORS), errorsSplit);
        }
        Resumption.clear(state.resolve("tmp"));
      }
      tally.peopleData(lookup.directory().datasets());
      BatchSummary summary = tally.summary(options.input(), (System.nanoTime() - start) / 1e9);
      writeSummary(summary);
      return summary;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.close();
    }
  }

  private void pump(CsvRecords records, BitSet done, RowWork work, ReportSink sink, Tally tally)
      throws IOException {
    int jobs = options.jobs();
    BlockingQueue<Future<List<Outcome>>> inOrder =
        new ArrayBlockingQueue<>(jobs * CHUNKS_PER_JOB_IN_FLIGHT);
    ExecutorService pool = Executors.newFixedThreadPool(jobs, daemon("batch-worker"));
    Thread sinkThread = daemon("batch-reports").newThread(() -> sink.drain(inOrder));
    sinkThread.start();
    try {
      List<Row> chunk = new ArrayList<>(CHUNK);
      while (sink.healthy()) {
        Row row;
        try {
          row = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof ClosedByInterruptException) {
            // Ctrl-C in the shell, not a bad row: the row stays to be done by --resume.
            throw new InterruptedException("reading " + options.input() + " was interrupted");
          }
          throw e;
        }
        if (row == null) {
          break;
        }
        tally.rowsRead++;
        if (done.get((int) row.line())) {
          continue;
        }
        chunk.add(row);
        if (chunk.size() == CHUNK) {
          submit(inOrder, pool, work, chunk);
        }
      }
      submit(inOrder, pool, work, chunk);
      inOrder.put(CompletableFuture.completedFuture(null));
      sinkThread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // Nothing may write into the folder once this returns: a resumed run in the same process
      // (the shell) must find it as a crash would leave it.
      sinkThread.interrupt();
      pool.shutdownNow();
      awaitQuietly(sinkThread, pool);
      throw new DearrepException(
          DearrepException.Kind.FAILURE,
          "batch interrupted: finish it with the same command and --resume");
    } catch (UncheckedIOException e) {
      sinkThread.interrupt();
      pool.shutdownNow();
      awaitQuietly(sinkThread, pool);
      throw DearrepException.badInput(
          "cannot read "
              + DearrepException.shown(options.input())
              + ": "
              + DearrepException.reason(e.getCause()));
    } finally {
      pool.shutdownNow();
    }
    sink.rethrow();
  }

  /** Waits (up to a minute, ignoring further interrupts) for the report writer and the workers. */
  private static void awaitQuietly(Thread sinkThread, ExecutorService pool) {
    boolean interrupted = Thread.interrupted();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try {
        sinkThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        pool.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        break;
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands the rows gathered so far to a worker, in order, and starts a new chunk. */
  private static void submit(
      BlockingQueue<Future<List<Outcome>>> inOrder,
      ExecutorService pool,
      RowWork work,
      List<Row> chunk)
      throws InterruptedException {
    if (chunk.isEmpty()) {
      return;
    }
    List<Row> rows = List.copyOf(chunk);
    chunk.clear();
    inOrder.put(
        pool.submit(
            () -> {
              List<Outcome> out = new ArrayList<>(rows.size());
              for (Row r : rows) {
                Outcome outcome = work.process(r);
                if (Thread.currentThread().isInterrupted()) {
                  // The run is being stopped (Ctrl-C): a write cut short here is no fault of the
                  // row, so
                  // the chunk reports no fates at all and --resume does its rows again.
                  throw new InterruptedException("batch stopped");
                }
                out.add(outcome);
              }
              return out;
            }));
  }

  /**
   * Checks the folder, records the run's settings (or checks them against the record when
   * resuming), and takes the run's lock.
   */
  private FileLock lock(Path state, Optional<RunRecord.Fingerprint> input) throws IOException {
    RunRecord now = RunRecord.of(options, input, LocalDate.now());
    Optional<RunRecord> before =
        Files.isDirectory(state, OutFolder.NOFOLLOW) ? RunRecord.read(state) : Optional.empty();
    if (options.resume()) {
      if (before.isEmpty()) {
        throw Resumption.notResumable(
            dir,
            Files.exists(dir.resolve(MANIFEST), OutFolder.NOFOLLOW)
                ? "it holds no record of how its batch was started ("
                    + STATE
                    + "/"
                    + RunRecord.FILE
                    + " is missing); start again in a new folder"
                : "no batch wrote anything there yet; run the same command without --resume");
      }
      Optional<String> differs = before.get().differences(now);
      if (differs.isPresent()) {
        throw Resumption.notResumable(
            dir,
            differs.get()
                + ". Resume with what the batch was started with, or start a new folder without"
                + " --resume");
      }
    } else {
      try (var entries = Files.list(dir)) {
        // a crash before the run recorded itself leaves only an empty state folder: nothing to keep
        boolean onlyStaleState =
            before.isEmpty() && entries.allMatch(p -> p.getFileName().toString().equals(STATE));
        if (!onlyStaleState) {
          throw DearrepException.badInput(
              dir
                  + " is not empty: choose a new folder, or add --resume to finish an interrupted"
                  + " batch there");
        }
      }
      Resumption.clear(state);
      Files.createDirectories(state);
      now.write(state);
    }
    Files.createDirectories(state.resolve("tmp"));
    FileChannel lockFile =
        FileChannel.open(
            state.resolve("lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            OutFolder.NOFOLLOW);
    FileLock lock = lockFile.tryLock();
    if (lock == null) {
      lockFile.close();
      throw DearrepException.badInput("another batch is writing to " + dir + " right now");
    }
    return lock;
  }

  private static long size(Path file) throws IOException {
    return Files.isRegularFile(file, OutFolder.NOFOLLOW) ? Files.size(file) : 0;
  }

  private ReportWriter report(String name, List<String> header) throws IOException {
    Path file = dir.resolve(name);
    return options.resume() && Files.exists(file)
        ? ReportWriter.append(file)
        : ReportWriter.create(file, header);
  }

  private void writeSummary(BatchSummary summary) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    dearrep.data.AtomicWrite.write(dir.resolve(SUMMARY), json.writeValueAsBytes(summary));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Counts the bytes read, for the progress estimate. */
  static final class Counting extends FilterInputStream {
    private volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
