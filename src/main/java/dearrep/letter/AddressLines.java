package dearrep.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an upstream address into the lines of an envelope.
 *
 * <p>Upstream ends a line with ";" (or a line break) and separates parts within a line with ",":
 * lines are cut at ";" only, never at a comma, since "State Capitol Complex, Building 1" is one
 * line. The last line is "City, ST ZIP" (or "City, State ZIP", as "Annapolis, Maryland
 * 21401-1925"); when the street shares a line with it, the city is cut off after the street's last
 * comma, or, with no comma ("331 Hart Senate Office Building Washington DC 20510"), after the last
 * street word or number. A ZIP code on a line of its own joins the line before it.
 */
final class AddressLines {

  private static final String STATE_NAMES =
      String.join(
          "|", Places.bareStateNames().stream().map(java.util.regex.Pattern::quote).toList());
  private static final Pattern CITY_STATE_ZIP =
      Pattern.compile(
          "^(.*?)[,\\s]\\s*([A-Z]{2}|" + STATE_NAMES + ")\\.?,?\\s+(\\d{5})(-\\d{4})?-?\\s*$");
  private static final Pattern BARE_ZIP = Pattern.compile("\\d{5}(-\\d{4})?-?");
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
    List<String> parts = new ArrayList<>();
    for (String part : address.split("[;\\n]")) {
      String line = Text.SPACES.matcher(part).replaceAll(" ").strip().replaceAll(",$", "");
      if (line.isEmpty()) {
        continue;
      }
      if (BARE_ZIP.matcher(line).matches() && !parts.isEmpty()) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + line);
      } else {
        parts.add(line);
      }
    }
    List<String> lines = new ArrayList<>();
    if (!parts.isEmpty()) {
      String last = parts.remove(parts.size() - 1);
      Matcher m = CITY_STATE_ZIP.matcher(last);
      if (m.matches()) {
        String before = m.group(1).strip().replaceAll(",$", "");
        String zip = (m.group(3) + (m.group(4) == null ? "" : m.group(4)));
        String city = before;
        int cut = before.lastIndexOf(',');
        if (cut >= 0) {
          city = before.substring(cut + 1).strip();
          parts.add(before.substring(0, cut).strip());
        } else if (parts.isEmpty()) {
          String[] words = before.split(" ");
          int start = cityStart(words);
          city = String.join(" ", List.of(words).subList(start, words.length));
          parts.add(String.join(" ", List.of(words).subList(0, start)));
        }
        lines.addAll(parts);
        lines.add(city.isEmpty() ? m.group(2) + " " + zip : city + ", " + m.group(2) + " " + zip);
      } else {
        lines.addAll(parts);
        lines.add(last);
      }
    }
    lines.removeIf(l -> l.isBlank() || skip.stream().anyMatch(s -> repeats(l, s)));
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
