package dearrep.batch;

import dearrep.letter.Format;
import dearrep.letter.Position;
import dearrep.model.Level;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a batch: immutable, made with {@link #builder(Path)}, whose setters start from named
 * defaults (as Commons CSV's {@code CSVFormat.Builder}), so a new option is one setter and one
 * default instead of another constructor overload.
 */
public final class BatchOptions {

  /** Default letters per packet volume: a few hundred pages, a file a printer takes at once. */
  public static final int DEFAULT_PACKET_SIZE = 200;

  /** Default position for rows without one. */
  public static final Position DEFAULT_POSITION = Position.SUPPORT;

  private final String input;
  private final long inputSize;
  private final Path outDir;
  private final String topic;
  private final Position position;
  private final Set<Level> levels;
  private final Format format;
  private final boolean bundleByRecipient;
  private final boolean resume;
  private final int jobs;
  private final ZipPolicy zipPolicy;
  private final Charset encoding;
  private final int packetSize;
  private final String geocoder;

  private BatchOptions(Builder b) {
    input = b.input;
    inputSize = b.inputSize;
    outDir = b.outDir;
    topic = b.topic;
    position = b.position;
    levels = Set.copyOf(b.levels);
    format = b.format;
    bundleByRecipient = b.bundleByRecipient;
    resume = b.resume;
    jobs = b.jobs;
    zipPolicy = b.zipPolicy;
    encoding = b.encoding;
    packetSize = b.packetSize;
    geocoder = b.geocoder;
  }

  /**
   * Options writing into {@code outDir}, with the defaults: CSV from standard input, every level,
   * txt letters one file each, one worker, ZIPs spanning districts fail, UTF-8.
   */
  public static Builder builder(Path outDir) {
    return new Builder(outDir);
  }

  /** Name of the CSV for reports ("-" for standard input). */
  public String input() {
    return input;
  }

  /** Bytes in the CSV when known (for the progress estimate), else -1. */
  public long inputSize() {
    return inputSize;
  }

  /** The output folder. */
  public Path outDir() {
    return outDir;
  }

  /** Topic for rows without a topic column value, or "". */
  public String topic() {
    return topic;
  }

  /** Position for rows without one. */
  public Position position() {
    return position;
  }

  /** Levels of government to write to. */
  public Set<Level> levels() {
    return levels;
  }

  /** Letter format. */
  public Format format() {
    return format;
  }

  /** One PDF packet per recipient instead of one file per letter. */
  public boolean bundleByRecipient() {
    return bundleByRecipient;
  }

  /** Finish an interrupted batch in {@link #outDir}. */
  public boolean resume() {
    return resume;
  }

  /** Worker threads. */
  public int jobs() {
    return jobs;
  }

  /** What to do with a ZIP that spans several districts. */
  public ZipPolicy zipPolicy() {
    return zipPolicy;
  }

  /** The CSV's character encoding. */
  public Charset encoding() {
    return encoding;
  }

  /** Most letters in one packet volume (with {@link #bundleByRecipient}). */
  public int packetSize() {
    return packetSize;
  }

  /**
   * What must match between a run and its resumption, by option flag: everything that shapes the
   * letters and the files. The one place that lists them; a new option that shapes the output adds
   * its line here, and a resumed run with another value is refused naming the flag.
   */
  Map<String, String> settings() {
    var m = new LinkedHashMap<String, String>();
    m.put("--topic", topic);
    m.put("--position", position.key());
    m.put("--levels", String.join(",", levels.stream().sorted().map(Level::key).toList()));
    m.put("--format", format.extension());
    m.put("--bundle-by", bundleByRecipient ? "recipient" : "");
    m.put("--zip-policy", zipPolicy.name().toLowerCase(Locale.ROOT));
    m.put("--encoding", encoding.name());
    m.put("--packet-size", bundleByRecipient ? Integer.toString(packetSize) : "");
    // rows placed by street address in one run and by ZIP code in the next would not be one job;
    // a run recorded before this key existed had no geocoder, which reads as the same blank
    m.put("--geocode", geocoder);
    return Collections.unmodifiableMap(m);
  }

  /** Sets the options one by one; each setter names what it sets, and blank values mean default. */
  public static final class Builder {
    private String input = "-";
    private long inputSize = -1;
    private final Path outDir;
    private String topic = "";
    private Position position = DEFAULT_POSITION;
    private Set<Level> levels = EnumSet.allOf(Level.class);
    private Format format = Format.TXT;
    private boolean bundleByRecipient;
    private boolean resume;
    private int jobs = 1;
    private ZipPolicy zipPolicy = ZipPolicy.FAIL;
    private Charset encoding = StandardCharsets.UTF_8;
    private int packetSize = DEFAULT_PACKET_SIZE;
    private String geocoder = "";

    private Builder(Path outDir) {
      this.outDir = Objects.requireNonNull(outDir, "outDir");
    }

    /** The CSV's name for reports ("-" for standard input) and its size in bytes, or -1. */
    public Builder input(String name, long size) {
      input = Objects.requireNonNull(name, "input");
      inputSize = size;
      return this;
    }

    /** Topic for rows without one; null or blank for none. */
    public Builder topic(String id) {
      topic = id == null ? "" : id.strip();
      return this;
    }

    /** Position for rows without one; null for {@link #DEFAULT_POSITION}. */
    public Builder position(Position p) {
      position = p == null ? DEFAULT_POSITION : p;
      return this;
    }

    /** Levels to write to; empty or null for all. */
    public Builder levels(Set<Level> chosen) {
      levels = chosen == null || chosen.isEmpty() ? EnumSet.allOf(Level.class) : chosen;
      return this;
    }

    /** Letter format. */
    public Builder format(Format f) {
      format = Objects.requireNonNull(f, "format");
      return this;
    }

    /** One PDF packet per recipient. */
    public Builder bundleByRecipient(boolean on) {
      bundleByRecipient = on;
      return this;
    }

    /** Finish an interrupted batch. */
    public Builder resume(boolean on) {
      resume = on;
      return this;
    }

    /** Worker threads, at least one. */
    public Builder jobs(int n) {
      jobs = Math.max(1, n);
      return this;
    }

    /** What to do with a ZIP that spans several districts. */
    public Builder zipPolicy(ZipPolicy policy) {
      zipPolicy = Objects.requireNonNull(policy, "zipPolicy");
      return this;
    }

    /** The CSV's encoding; null for UTF-8. */
    public Builder encoding(Charset charset) {
      encoding = charset == null ? StandardCharsets.UTF_8 : charset;
      return this;
    }

    /** Most letters in one packet volume; 0 or less for {@link #DEFAULT_PACKET_SIZE}. */
    public Builder packetSize(int letters) {
      packetSize = letters <= 0 ? DEFAULT_PACKET_SIZE : letters;
      return this;
    }

    /** The service rows are placed by street address with ("census"); blank for none. */
    public Builder geocoder(String service) {
      geocoder = service == null ? "" : service;
      return this;
    }

    public BatchOptions build() {
      return new BatchOptions(this);
    }
  }
}
