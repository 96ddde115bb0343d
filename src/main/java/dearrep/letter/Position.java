package dearrep.letter;

import java.util.Locale;

/** The writer's stance on a topic; it picks the framing line and the ask. */
public enum Position {
  SUPPORT,
  OPPOSE,
  CONCERN;

  /** Lower-case name used in topic files and on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code support}, {@code oppose} or {@code concern}, any case.
   *
   * @throws LetterException for anything else
   */
  public static Position parse(String text) {
    for (Position p : values()) {
      if (p.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return p;
      }
    }
    java.util.List<String> keys = java.util.Arrays.stream(values()).map(Position::key).toList();
    String near =
        dearrep.model.Nearest.to(text, keys).map(p -> "did you mean " + p + "? ").orElse("");
    String all =
        String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    throw new LetterException("unknown position '" + text + "': " + near + "use " + all);
  }
}
