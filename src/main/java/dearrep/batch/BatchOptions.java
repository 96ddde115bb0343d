package dearrep.batch;

import dearrep.letter.Format;
import dearrep.model.Level;
import java.nio.file.Path;
import java.util.Set;

/**
 * How to run a batch.
 *
 * @param input name of the CSV for reports ("-" for standard input)
 * @param inputSize bytes in the CSV when known (for the progress estimate), else -1
 * @param outDir the output folder
 * @param topic topic for rows without a topic column value, or ""
 * @param position position for rows without one: support, oppose or concern
 * @param levels levels of government to write to
 * @param format letter format
 * @param bundleByRecipient one PDF packet per recipient instead of one file per letter
 * @param resume finish an interrupted batch in {@code outDir}
 * @param jobs worker threads
 * @param zipPolicy what to do with a ZIP that spans several districts
 */
public record BatchOptions(
    String input,
    long inputSize,
    Path outDir,
    String topic,
    String position,
    Set<Level> levels,
    Format format,
    boolean bundleByRecipient,
    boolean resume,
    int jobs,
    ZipPolicy zipPolicy) {

  public BatchOptions {
    levels = Set.copyOf(levels);
    topic = topic == null ? "" : topic.strip();
    position = position == null || position.isBlank() ? "support" : position.strip();
    jobs = Math.max(1, jobs);
  }

  /** What must match between a run and its resumption: everything that shapes the letters. */
  String fingerprint() {
    return String.join(
        "|",
        topic,
        position,
        levels.stream().sorted().map(Level::key).toList().toString(),
        format.extension(),
        Boolean.toString(bundleByRecipient),
        zipPolicy.name());
  }
}
