package dearrep.shell;

import dearrep.lookup.Directory;
import dearrep.model.Chamber;
import dearrep.model.Division;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The words of the domain the shell completes: state codes, district short forms, people's names
 * and topic ids. Read lazily from the directory the commands use, so a shell that never presses Tab
 * loads nothing.
 */
public final class Vocabulary {

  /**
   * A completable word, how the list shows it, what to show beside it, whether it ends the word.
   */
  public record Word(String value, String display, String description, boolean complete) {
    public Word(String value, String description, boolean complete) {
      this(value, value, description, complete);
    }
  }

  private final Supplier<Directory> directory;
  private final Supplier<List<String>> topicIds;
  private List<String> topics;

  /**
   * Words of {@code directory} (read when first asked) and the topic ids {@code topicIds} gives.
   */
  public Vocabulary(Supplier<Directory> directory, Supplier<List<String>> topicIds) {
    this.directory = directory;
    this.topicIds = topicIds;
  }

  /** Ids of the bundled topics, as the letter commands know them. */
  public static List<String> bundledTopicIds() {
    return dearrep.letter.TopicCatalog.bundled().all().stream()
        .map(dearrep.letter.Topic::id)
        .toList();
  }

  /** Topic ids. */
  public List<String> topics() {
    if (topics == null) {
      topics = List.copyOf(topicIds.get());
    }
    return topics;
  }

  /** Two-letter codes of every state and territory the data knows. */
  public List<String> states() {
    return directory.get().chambers().keySet().stream()
        .filter(s -> !s.equals("US"))
        .sorted()
        .toList();
  }

  /**
   * District short forms of the state that {@code typed} starts with ("CA-AD" gives CA-AD1 …
   * CA-AD80); empty when no known state is typed.
   */
  public List<Word> districts(String typed) {
    if (typed.length() < 3 || typed.charAt(2) != '-') {
      return List.of();
    }
    String st = typed.substring(0, 2).toUpperCase(Locale.ROOT);
    Directory dir = directory.get();
    if (!dir.knowsState(st)) {
      return List.of();
    }
    String rest = typed.substring(3).toUpperCase(Locale.ROOT);
    String lower = rest.startsWith("H") ? "HD" : rest.startsWith("A") ? "AD" : lowerCode(dir, st);
    String house = rest.startsWith("C") ? "CD" : "";
    List<Word> words = new ArrayList<>();
    for (Division d : dir.state(st).divisions()) {
      if (d.district() == null || d.chamber() == null) {
        continue;
      }
      String code =
          switch (d.chamber()) {
            case "lower" -> lower;
            case "upper" -> "SD";
            case "unicameral" -> "LD";
            case "us-house" -> house;
            default -> null;
          };
      if (code == null) {
        continue;
      }
      String district = d.district().equalsIgnoreCase("at-large") ? "AL" : d.district();
      words.add(new Word(st + "-" + code + district, d.name(), true));
    }
    words.sort(java.util.Comparator.comparing(Word::value, Vocabulary::naturalOrder));
    return words;
  }

  /**
   * People whose full or family name starts with {@code typed} (accents and case ignored). A
   * family-name match offers the family name to insert ("kal" → Kalra) and lists the full name.
   */
  public List<Word> names(String typed) {
    String want = dearrep.model.Names.fold(typed);
    List<Word> words = new ArrayList<>();
    for (Directory.IndexEntry e : directory.get().index()) {
      String full = dearrep.model.Names.fold(e.name());
      if (!full.startsWith(want) && !full.contains(" " + want)) {
        continue;
      }
      String what = e.title().isEmpty() ? e.state() : e.title() + ", " + e.state();
      words.add(new Word(e.name(), what, true));
      String family = e.name().substring(e.name().lastIndexOf(' ') + 1);
      if (!family.equals(e.name()) && dearrep.model.Names.fold(family).startsWith(want)) {
        words.add(new Word(family, e.name(), what, true));
      }
    }
    return words;
  }

  /** Assembly states call their lower-chamber districts AD, the others HD. */
  private static String lowerCode(Directory dir, String st) {
    for (Chamber c : dir.chambers(st)) {
      if ("lower".equals(c.chamber())) {
        return c.chamberName().toLowerCase(Locale.ROOT).contains("assembly") ? "AD" : "HD";
      }
      if (c.unicameral()) {
        return "LD";
      }
    }
    return "HD";
  }

  /** CA-AD2 before CA-AD10. */
  static int naturalOrder(String a, String b) {
    String pa = a.replaceAll("\\d+$", "");
    String pb = b.replaceAll("\\d+$", "");
    if (pa.equals(pb) && !pa.equals(a) && !pb.equals(b)) {
      return Integer.compare(
          Integer.parseInt(a.substring(pa.length())), Integer.parseInt(b.substring(pb.length())));
    }
    return a.compareTo(b);
  }
}
