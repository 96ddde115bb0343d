package dearrep.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an upstream one-line address into the lines of an envelope.
 *
 * <p>Upstream writes addresses on one line with ", " or "; " between parts, sometimes with no
 * separator at all ("331 Hart Senate Office Building Washington DC 20510"). The last line is always
 * "City, ST ZIP"; the parts before it become lines of their own, and a suite, room or P.O. box that
 * trails a street gets its own line. With no separator before the city, the city is taken to be the
 * words after the last street word or number.
 */
final class AddressLines {

  private static final Pattern CITY_STATE_ZIP =
      Pattern.compile("^(.*?)[,\\s]\\s*([A-Z]{2})\\.?,?\\s+(\\d{5})(-\\d{4})?-?\\s*$");
  private static final Pattern UNIT =
      Pattern.compile("\\s+(?=(Suite|Ste\\.?|Room|Rm\\.?|P\\.?\\s?O\\.? Box)\\s+\\S)");
  private static final Set<String> STREET_WORDS =
      Set.of(
          "st",
          "st.",
          "street",
          "ave",
          "ave.",
          "avenue",
          "blvd",
          "blvd.",
          "boulevard",
          "rd",
          "rd.",
          "road",
          "dr",
          "dr.",
          "drive",
          "way",
          "ln",
          "ln.",
          "lane",
          "ct",
          "ct.",
          "court",
          "pl",
          "pl.",
          "place",
          "pkwy",
          "parkway",
          "hwy",
          "highway",
          "building",
          "bldg",
          "bldg.",
          "capitol",
          "mall",
          "plaza",
          "nw",
          "ne",
          "sw",
          "se",
          "sq",
          "square",
          "circle",
          "ter");

  private AddressLines() {}

  /**
   * The lines of an address, without any part equal to one of {@code skip} or containing one of
   * several words (case-insensitive), so that a name or office the inside address already shows
   * ("Governor Gavin Newsom; 1303 10th Street…") is not repeated.
   */
  static List<String> split(String address, List<String> skip) {
    if (address == null || address.isBlank()) {
      return List.of();
    }
    // a batch writes thousands of letters to the same few offices: split each address once
    List<Object> key = List.of(address, skip);
    List<String> known = SPLIT.get(key);
    if (known == null) {
      known = splitOnce(address, skip);
      if (SPLIT.size() < 10_000) {
        SPLIT.put(key, known);
      }
    }
    return known;
  }

  private static final java.util.Map<List<Object>, List<String>> SPLIT =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static List<String> splitOnce(String address, List<String> skip) {
    String text = Text.SPACES.matcher(address).replaceAll(" ").strip();
    String cityLine = null;
    Matcher m = CITY_STATE_ZIP.matcher(text);
    if (m.matches()) {
      String before = m.group(1).strip();
      String zip = m.group(3) + (m.group(4) == null ? "" : m.group(4));
      int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
      String city;
      if (cut >= 0) {
        city = before.substring(cut + 1).strip();
        text = before.substring(0, cut);
      } else {
        String[] words = before.split(" ");
        int start = cityStart(words);
        city = String.join(" ", List.of(words).subList(start, words.length));
        text = String.join(" ", List.of(words).subList(0, start));
      }
      cityLine = city + ", " + m.group(2) + " " + zip;
    }
    List<String> lines = new ArrayList<>();
    for (String part : text.split("[;,]")) {
      for (String piece : UNIT.split(part.strip())) {
        String line = piece.strip();
        if (!line.isEmpty() && skip.stream().noneMatch(s -> repeats(line, s))) {
          lines.add(line);
        }
      }
    }
    if (cityLine != null) {
      lines.add(cityLine);
    }
    return List.copyOf(lines);
  }

  private static boolean repeats(String line, String shown) {
    String l = line.toLowerCase(Locale.ROOT);
    String s = shown == null ? "" : shown.toLowerCase(Locale.ROOT).strip();
    return !s.isEmpty() && (l.equals(s) || s.contains(" ") && l.contains(s));
  }

  /** Index of the first city word: just after the last street word or number. */
  private static int cityStart(String[] words) {
    for (int i = words.length - 2; i >= 0; i--) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (STREET_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
        return i + 1;
      }
    }
    return words.length == 1 ? 0 : words.length - 1;
  }
}
