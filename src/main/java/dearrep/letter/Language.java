package dearrep.letter;

import java.util.Locale;

/**
 * The languages letters, call scripts and topics are written in: San José's three most-spoken. Each
 * has its fixed words in {@code data/templates/<code>/phrases.yml}, its call script in {@code
 * data/templates/<code>/script.txt.mustache}, and its topic texts in {@code data/topics/<code>/}
 * (English topics are the files in {@code data/topics/} themselves).
 */
public enum Language {
  EN("en", Locale.US, "English"),
  ES("es", Locale.forLanguageTag("es-US"), "Spanish"),
  VI("vi", Locale.forLanguageTag("vi-VN"), "Vietnamese");

  private final String code;
  private final Locale locale;
  private final String englishName;

  Language(String code, Locale locale, String englishName) {
    this.code = code;
    this.locale = locale;
    this.englishName = englishName;
  }

  /** "en", "es", "vi": the folder name and the value of --lang. */
  public String code() {
    return code;
  }

  /** The locale dates are written in. */
  public Locale locale() {
    return locale;
  }

  /** "Spanish", for messages. */
  public String englishName() {
    return englishName;
  }

  /**
   * Parses a code (en, es, vi) or an English or native name, any case.
   *
   * @throws LetterException naming the languages there are
   */
  public static Language parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (t.equals(l.code)
          || t.equals(l.englishName.toLowerCase(Locale.ROOT))
          || t.startsWith(l.code + "-")
          || t.startsWith(l.code + "_")) {
        return l;
      }
    }
    return switch (t) {
      case "español", "espanol" -> ES;
      case "tiếng việt", "tieng viet" -> VI;
      default ->
          throw new LetterException(
              "unknown language '" + text + "': use en (English), es (Spanish) or vi (Vietnamese)");
    };
  }
}
