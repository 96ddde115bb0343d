package dearrep.batch;

/** Hears how far a batch has got; the command line shows it as a progress bar on a terminal. */
public interface BatchProgress extends AutoCloseable {

  /** Nothing shown. */
  BatchProgress NONE = (rows, bytes) -> {};

  /**
   * Called now and then from one thread.
   *
   * @param rows input rows finished so far in this run
   * @param bytes input bytes read so far
   */
  void update(long rows, long bytes);

  @Override
  default void close() {}
}
