package dearrep.letter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dearrep.data.BundleSource;
import dearrep.model.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The letter topics: the bundled ones from {@code data/topics/}, optionally joined by a user's own
 * topic files (which win on a shared id).
 *
 * <p>A topic file that cannot be read, or lacks a field, fails loading with a {@link
 * LetterException} naming the file and the problem.
 */
public final class TopicCatalog {

  /** Folder of topic files inside the bundle. */
  public static final String FOLDER = "topics/";

  /** Lists the bundled topic ids, one a line: the jar cannot list its own folders cheaply. */
  public static final String INDEX = FOLDER + "index.txt";

  /** The statewide role types a topic may name in {@code statewide}, as Open States writes them. */
  public static final List<String> STATEWIDE_OFFICES =
      List.of(
          "governor",
          "lt_governor",
          "attorney general",
          "secretary of state",
          "treasurer",
          "auditor",
          "chief election officer");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** Every topic id the catalog knows, sorted. */
  private final List<String> ids;

  /** Reads the topic with one of {@link #ids}: parses its file, or takes it from a list given. */
  private final Function<String, Topic> reader;

  private final Map<String, Topic> read = new ConcurrentHashMap<>();
  private Map<String, Topic> byAlias;

  /**
   * A catalog of these ids, each read when first asked for: a letter reads one topic file of the
   * sixteen (a cold start spends about 3 ms of CPU on each). Aliases are inside the files, so the
   * first lookup by alias, and {@link #all}, read every one.
   */
  private TopicCatalog(Collection<String> ids, Function<String, Topic> reader) {
    this.ids = List.copyOf(new TreeSet<>(ids));
    this.reader = reader;
  }

  /** The topics bundled in the jar. */
  public static TopicCatalog bundled() {
    return load(BundleSource.bundled());
  }

  /** The topics of a bundle. */
  public static TopicCatalog load(BundleSource bundle) {
    return new TopicCatalog(bundledIds(bundle), id -> readBundled(bundle, id));
  }

  /** The bundled topics plus every {@code *.yml} in {@code userFolder}, which win on an id. */
  public static TopicCatalog withUserTopics(BundleSource bundle, Path userFolder) {
    Map<String, Topic> topics = new TreeMap<>();
    for (String id : bundledIds(bundle)) {
      topics.put(id, readBundled(bundle, id));
    }
    if (Files.isDirectory(userFolder)) {
      try (Stream<Path> files = Files.list(userFolder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
          Topic t = parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
          topics.put(t.id(), t);
        }
      } catch (IOException e) {
        throw LetterException.broken(
            "cannot read topics in " + userFolder + ": " + e.getMessage(), e);
      }
    }
    return new TopicCatalog(topics.keySet(), topics::get);
  }

  /** A catalog of exactly these topics (tests, embedding). */
  public static TopicCatalog of(Collection<Topic> topics) {
    Map<String, Topic> byId = new TreeMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    return new TopicCatalog(byId.keySet(), byId::get);
  }

  /** All topics, sorted by id. */
  public List<Topic> all() {
    return ids.stream().map(this::byId).toList();
  }

  /** The topic with this id or alias, any case. */
  public Optional<Topic> find(String idOrAlias) {
    String key = idOrAlias == null ? "" : idOrAlias.strip().toLowerCase(Locale.ROOT);
    if (ids.contains(key)) {
      return Optional.of(byId(key));
    }
    return Optional.ofNullable(aliases().get(key));
  }

  private Topic byId(String id) {
    return read.computeIfAbsent(id, reader);
  }

  /** Each alias to its topic, unless the alias is another topic's id (reads every topic). */
  private synchronized Map<String, Topic> aliases() {
    if (byAlias == null) {
      Map<String, Topic> aliases = new LinkedHashMap<>();
      for (Topic t : all()) {
        for (String alias : t.aliases()) {
          if (!ids.contains(alias)) {
            aliases.putIfAbsent(alias, t);
          }
        }
      }
      byAlias = Map.copyOf(aliases);
    }
    return byAlias;
  }

  /**
   * The topic with this id or alias.
   *
   * @throws LetterException naming the known ids when there is none
   */
  public Topic get(String idOrAlias) {
    return find(idOrAlias)
        .orElseThrow(
            () ->
                new LetterException(
                    dearrep.model.Nearest.to(idOrAlias, ids)
                        .map(
                            near ->
                                "unknown topic '"
                                    + idOrAlias
                                    + "': did you mean "
                                    + near
                                    + "? (dearrep topics lists them all)")
                        .orElse(
                            "unknown topic '"
                                + idOrAlias
                                + "'; known topics: "
                                + String.join(", ", ids))));
  }

  private static final Map<String, Topic> TRANSLATIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Where a topic's text in a language lives in the bundle: {@code topics/es/police-staffing.yml}.
   */
  static String translationPath(String id, Language language) {
    return FOLDER + language.code() + "/" + id + ".yml";
  }

  /**
   * A topic's texts in another language, from {@code data/topics/<code>/<id>.yml}; its statewide
   * offices and aliases stay the English topic's.
   *
   * @throws LetterException when the bundle has no text for the topic in that language
   */
  public static Topic translate(Topic english, Language language) {
    if (language == Language.EN) {
      return english;
    }
    return TRANSLATIONS.computeIfAbsent(
        language.code() + "/" + english.id(),
        k -> {
          String name = translationPath(english.id(), language);
          BundleSource bundle = BundleSource.bundled();
          Optional<InputStream> in = bundle.open(name);
          in.ifPresent(TopicCatalog::closeQuietly);
          if (in.isEmpty()) {
            throw new LetterException(
                "the topic "
                    + english.id()
                    + " has no "
                    + language.englishName()
                    + " text: write in English (--lang en)");
          }
          Topic t = parse(name, text(bundle, name));
          return new Topic(
              t.id(),
              english.aliases(),
              t.title(),
              t.about(),
              t.summary(),
              english.statewide(),
              t.points(),
              t.framing(),
              t.asks());
        });
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // only probed
    }
  }

  /** The ids in the bundle's topic index, in its order. */
  private static List<String> bundledIds(BundleSource bundle) {
    List<String> ids = new ArrayList<>();
    for (String line : text(bundle, INDEX).split("\n")) {
      String id = line.strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Topic readBundled(BundleSource bundle, String id) {
    String name = FOLDER + id + ".yml";
    return parse(name, text(bundle, name));
  }

  private static String text(BundleSource bundle, String name) {
    try (InputStream in = bundle.require(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses one topic file.
   *
   * @param name the file's name, for messages; its base name must equal the topic id
   * @throws LetterException when the YAML is broken or a field is missing or malformed
   */
  static Topic parse(String name, String yaml) {
    TopicFile f;
    try {
      f = YAML.readValue(yaml, TopicFile.class);
    } catch (JsonProcessingException e) {
      throw LetterException.broken(
          "topic file " + name + ": " + e.getOriginalMessage() + location(e), e);
    }
    if (f == null) {
      throw LetterException.broken("topic file " + name + " is empty", null);
    }
    List<String> problems = new ArrayList<>();
    String base = Path.of(name).getFileName().toString().replaceFirst("\\.yml$", "");
    if (blank(f.id)) {
      problems.add("'id' is missing");
    } else if (!ID.matcher(f.id).matches()) {
      problems.add("'id' must be lower-case words joined by '-', not '" + f.id + "'");
    } else if (!f.id.equals(base)) {
      problems.add("'id' is '" + f.id + "' but the file is named " + base + ".yml");
    }
    if (blank(f.title)) {
      problems.add("'title' is missing");
    }
    if (blank(f.summary)) {
      problems.add("'summary' is missing");
    }
    Map<Position, List<String>> points = points(f.points, problems);
    if (f.statewide != null) {
      f.statewide.stream()
          .filter(o -> !STATEWIDE_OFFICES.contains(o))
          .forEach(
              o ->
                  problems.add(
                      "'statewide' names '"
                          + o
                          + "', not one of "
                          + String.join(", ", STATEWIDE_OFFICES)));
    }
    Map<Position, String> framing = positions("framing", f.framing, problems);
    Map<Level, Map<Position, String>> asks = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      Map<String, String> byPosition = f.asks == null ? null : f.asks.get(level.key());
      asks.put(level, positions("asks." + level.key(), byPosition, problems));
    }
    if (f.asks != null) {
      f.asks.keySet().stream()
          .filter(k -> Stream.of(Level.values()).noneMatch(l -> l.key().equals(k)))
          .forEach(k -> problems.add("'asks." + k + "' is not a level (local, state, federal)"));
    }
    if (!problems.isEmpty()) {
      throw LetterException.broken("topic file " + name + ": " + String.join("; ", problems), null);
    }
    return new Topic(
        f.id,
        f.aliases,
        f.title.strip(),
        blank(f.about) ? lowerFirst(f.title.strip()) : f.about.strip(),
        f.summary.strip(),
        f.statewide,
        points,
        framing,
        asks);
  }

  private static Map<Position, List<String>> points(
      Map<String, List<String>> values, List<String> problems) {
    Map<Position, List<String>> out = new EnumMap<>(Position.class);
    for (Position p : Position.values()) {
      List<String> v = values == null ? null : values.get(p.key());
      if (v == null || v.size() < 3 || v.size() > 6) {
        problems.add("'points." + p.key() + "' needs 3 to 6 entries");
      } else if (v.stream().anyMatch(TopicCatalog::blank)) {
        problems.add("'points." + p.key() + "' has an empty entry");
      } else {
        out.put(p, v.stream().map(String::strip).toList());
      }
    }
    if (values != null) {
      values.keySet().stream()
          .filter(k -> Stream.of(Position.values()).noneMatch(p -> p.key().equals(k)))
          .forEach(k -> problems.add("'points." + k + "' is not a position"));
    }
    return out;
  }

  private static Map<Position, String> positions(
      String field, Map<String, String> values, List<String> problems) {
    Map<Position, String> out = new EnumMap<>(Position.class);
    for (Position p : Position.values()) {
      String v = values == null ? null : values.get(p.key());
      if (blank(v)) {
        problems.add("'" + field + "." + p.key() + "' is missing");
      } else {
        out.put(p, v.strip());
      }
    }
    if (values != null) {
      values.keySet().stream()
          .filter(k -> Stream.of(Position.values()).noneMatch(p -> p.key().equals(k)))
          .forEach(k -> problems.add("'" + field + "." + k + "' is not a position"));
    }
    return out;
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The file as written; validated and turned into a {@link Topic} by {@link #parse}. */
  static final class TopicFile {
    public String id;
    public List<String> aliases;
    public String title;
    public String about;
    public String summary;

    public List<String> statewide;
    public Map<String, List<String>> points;

    public Map<String, String> framing;
    public Map<String, Map<String, String>> asks;
  }
}
