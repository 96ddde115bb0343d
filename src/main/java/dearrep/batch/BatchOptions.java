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
 * @param encoding the CSV's character encoding (UTF-8 unless told)
 * @param packetSize most letters in one packet volume (with {@code bundleByRecipient})
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
    ZipPolicy zipPolicy,
    java.nio.charset.Charset encoding,
    int packetSize) {

  /** Default letters per packet volume: a few hundred pages, a file a printer takes at once. */
  public static final int DEFAULT_PACKET_SIZE = 200;

  /** As the full constructor, reading UTF-8 and with packets of the default size. */
  public BatchOptions(
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
    this(
        input,
        inputSize,
        outDir,
        topic,
        position,
        levels,
        format,
        bundleByRecipient,
        resume,
        jobs,
        zipPolicy,
        java.nio.charset.StandardCharsets.UTF_8,
        DEFAULT_PACKET_SIZE);
  }

  public BatchOptions {
    levels = Set.copyOf(levels);
    topic = topic == null ? "" : topic.strip();
    position = position == null || position.isBlank() ? "support" : position.strip();
    jobs = Math.max(1, jobs);
    encoding = encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : encoding;
    packetSize = packetSize <= 0 ? DEFAULT_PACKET_SIZE : packetSize;
  }

  /**
   * What must match between a run and its resumption, by option flag: everything that shapes the
   * letters and the files. The one place that lists them; a new option that shapes the output adds
   * its line here, and a resumed run with another value is refused naming the flag.
   */
  java.util.Map<String, String> settings() {
    var m = new java.util.LinkedHashMap<String, String>();
    m.put("--topic", topic);
    m.put("--position", position);
    m.put("--levels", String.join(",", levels.stream().sorted().map(Level::key).toList()));
    m.put("--format", format.extension());
    m.put("--bundle-by", bundleByRecipient ? "recipient" : "");
    m.put("--zip-policy", zipPolicy.name().toLowerCase(java.util.Locale.ROOT));
    m.put("--encoding", encoding.name());
    m.put("--packet-size", bundleByRecipient ? Integer.toString(packetSize) : "");
    return java.util.Collections.unmodifiableMap(m);
  }
}
