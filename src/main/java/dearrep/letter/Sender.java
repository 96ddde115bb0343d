package dearrep.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * The writer of a letter, as the sender block and signature show them. Every field may be empty
 * except the name, which {@link Letter#compose} requires.
 *
 * @param name full name as signed ("José Peña")
 * @param street street address
 * @param city city
 * @param state two-letter state code
 * @param zip ZIP code
 * @param email e-mail address
 * @param language the language the writer writes in ({@code en}, {@code es}, {@code vi}), or empty
 */
public record Sender(
    String name,
    String street,
    String city,
    String state,
    String zip,
    String email,
    String language) {

  /** A sender with nothing filled in. */
  public static final Sender EMPTY = new Sender("", "", "", "", "", "");

  /** A sender with no language of their own. */
  public Sender(String name, String street, String city, String state, String zip, String email) {
    this(name, street, city, state, zip, email, "");
  }

  public Sender {
    name = Text.line(name);
    street = Text.line(street);
    city = Text.line(city);
    state = Text.line(state);
    zip = Text.line(zip);
    email = Text.line(email);
    language = Text.line(language);
  }

  /** This sender with every non-empty field of {@code other} taking the place of its own. */
  public Sender overriddenBy(Sender other) {
    return new Sender(
        pick(other.name, name),
        pick(other.street, street),
        pick(other.city, city),
        pick(other.state, state),
        pick(other.zip, zip),
        pick(other.email, email),
        pick(other.language, language));
  }

  /** Lines of the sender block: name, street, "City, ST ZIP", e-mail; empty ones left out. */
  public List<String> blockLines() {
    List<String> lines = new ArrayList<>();
    addIfPresent(lines, name);
    addIfPresent(lines, street);
    String stateZip = (state + " " + zip).strip();
    String cityLine =
        city.isEmpty() ? stateZip : stateZip.isEmpty() ? city : city + ", " + stateZip;
    addIfPresent(lines, cityLine);
    addIfPresent(lines, email);
    return List.copyOf(lines);
  }

  private static void addIfPresent(List<String> lines, String s) {
    if (!s.isEmpty()) {
      lines.add(s);
    }
  }

  private static String pick(String preferred, String fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }
}
