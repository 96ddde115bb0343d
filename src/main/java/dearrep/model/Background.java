package dearrep.model;

/**
 * Work started early on a second thread so that a cold start overlaps it with other work (the
 * prefetched lookup, PDFBox's fonts), and the wait for it. What the work fails on is ignored there:
 * the caller meets it again on its own thread and reports it.
 */
public final class Background {

  private Background() {}

  /** A daemon thread, not started, that runs {@code work} and drops what it throws. */
  public static Thread thread(String name, Runnable work) {
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | Error ignored) {
                // the caller repeats the work and reports the failure
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Waits for {@code thread} to end, through interrupts (the flag is set again afterwards); returns
   * at once for none, or when called on that thread itself.
   */
  public static void await(Thread thread) {
    if (thread == null || thread == Thread.currentThread()) {
      return;
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
