package dearrep.geocode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telling a street address from a district or a ZIP code, and finding the ZIP code in it. */
public final class AddressText {

  /**
   * Compiled on first use: every plain lookup asks whether its query is an address, and most are
   * told apart by their first character without paying for the patterns at start-up.
   */
  private static final class Patterns {
    // A house number ("200", "1600", "12-34", "221B"), then a street name word, then more words.
    static final Pattern STREET =
        Pattern.compile("\\s*\\d+[A-Za-z]?(?:-\\d+[A-Za-z]?)?\\s+\\p{L}[^,]*\\s.*", Pattern.DOTALL);
    static final Pattern ZIP = Pattern.compile("(?<![\\d-])(\\d{5})(?:-\\d{4})?\\s*$");
  }

  private AddressText() {}

  /**
   * True for text that reads as a street address: a house number, a street, and a city, state or
   * ZIP code after a comma ("200 E Santa Clara St, San Jose, CA 95113"). No district form starts
   * with a number followed by words.
   */
  public static boolean looksLikeStreetAddress(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip();
    if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || t.indexOf(' ') < 0) {
      return false;
    }
    return Patterns.STREET.matcher(t).matches()
        && (t.contains(",") || Patterns.ZIP.matcher(t).find());
  }

  /** The five-digit ZIP code that ends the address, when it has one. */
  public static Optional<String> zip(String address) {
    if (address == null) {
      return Optional.empty();
    }
    Matcher m = Patterns.ZIP.matcher(address.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
