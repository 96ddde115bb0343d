package dearrep.batch;

import dearrep.geo.Coordinates;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The points the Census Geocoder gave the batch's street addresses, by address; and, for an address
 * without one, why ("offline", "not matched").
 */
final class AddressPoints {

  /** No geocoding asked for: every row is placed as before. */
  static final AddressPoints NONE = new AddressPoints(Map.of(), "");

  /**
   * One address's answer.
   *
   * @param matched true when the geocoder matched it
   * @param matchedAddress the address as matched, or ""
   * @param point the matched point, or null when not matched
   */
  record Answer(boolean matched, String matchedAddress, Coordinates point) {}

  private final Map<String, Answer> answers;
  private final String unanswered;

  /**
   * @param answers answers by {@link #key}
   * @param unanswered why addresses without an answer have none ("offline", "the Census Geocoder
   *     was unreachable"), or "" when geocoding was not asked for
   */
  AddressPoints(Map<String, Answer> answers, String unanswered) {
    this.answers = answers;
    this.unanswered = unanswered;
  }

  /** True when the batch asked for addresses to be geocoded. */
  boolean enabled() {
    return this != NONE;
  }

  Optional<Answer> find(Supporter s) {
    return Optional.ofNullable(answers.get(key(s.street(), s.city(), s.state(), s.zip())));
  }

  /** Why a row's address was not placed, for the manifest's basis column. */
  String whyNot(Supporter s) {
    return find(s).map(a -> "address not matched").orElse("address not geocoded: " + unanswered);
  }

  /** True when a row can be placed by its address: a street, and a ZIP code or a city and state. */
  static boolean placeable(String street, String city, String state, String zip) {
    return !street.isBlank() && (!zip.isBlank() || (!city.isBlank() && !state.isBlank()));
  }

  /** One key per distinct address, whatever its case and spacing. */
  static String key(String street, String city, String state, String zip) {
    return String.join(
        "|",
        norm(street),
        norm(city),
        norm(state),
        norm(zip.length() > 5 ? zip.substring(0, 5) : zip));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
