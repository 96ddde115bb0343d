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

  /**
   * A new step begins with its own count: after the rows, {@code "packets"} counts the packet
   * volumes written, {@link #update} then giving volumes done (and 0 bytes).
   *
   * @param name the step, as shown
   * @param total how many the step will count
   */
  default void phase(String name, long total) {}

  @Override
  default void close() {}
}
