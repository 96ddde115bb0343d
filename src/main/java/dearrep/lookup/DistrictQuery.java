package dearrep.lookup;

import dearrep.model.DearrepException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed to name a district, parsed but not yet checked against the data.
 *
 * <p>Forms, all case-insensitive: {@code CA} (statewide), {@code CA-AD25} / {@code CA-HD25} (lower
 * chamber), {@code CA-SD15} (upper chamber), {@code NE-LD5} (a unicameral legislature), {@code
 * CA-16} / {@code CA-CD16} (U.S. House), {@code WY-AL} (at-large seat), {@code MA-HD"7th Hampden"}
 * (named districts), full OCD division ids, {@code san-jose-2} or {@code "San Jose council 2"}
 * (city council), a ZIP code, or a person id.
 */
public sealed interface DistrictQuery {

  /** A state legislative district; {@code chamber} is lower, upper or unicameral. */
  record Legislative(String state, String chamber, String district) implements DistrictQuery {}

  /** A U.S. House district; {@code district} is a number or {@code at-large}. */
  record Congressional(String state, String district) implements DistrictQuery {}

  /** Everyone elected statewide: U.S. senators, governor and other statewide officers. */
  record Statewide(String state) implements DistrictQuery {}

  /** A full OCD division id. */
  record Division(String id) implements DistrictQuery {}

  /** A city council district; {@code city} is an OCD place slug ("san_jose"). */
  record Council(String city, String district) implements DistrictQuery {}

  /** A five-digit ZIP code. */
  record Zip(String zip) implements DistrictQuery {}

  /** A person id: {@code ocd-person/…} or {@code bioguide:…}. */
  record PersonId(String id) implements DistrictQuery {}

  Pattern STATE = Pattern.compile("[A-Za-z]{2}");
  Pattern ZIP = Pattern.compile("(\\d{5})(?:-\\d{4})?");
  Pattern AT_LARGE =
      Pattern.compile("([A-Za-z]{2})-(?:CD)?(?:AL|AT-?LARGE|0+)", Pattern.CASE_INSENSITIVE);
  Pattern HOUSE = Pattern.compile("([A-Za-z]{2})-(?:CD)?0*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
  Pattern LEGISLATIVE =
      Pattern.compile("([A-Za-z]{2})-(AD|HD|SD|LD)\\s*[\"']?(.+?)[\"']?", Pattern.CASE_INSENSITIVE);

  /** "CA AD 25", "ca sd15", "CA 16": a short form typed with spaces for the dash. */
  Pattern SPACED =
      Pattern.compile(
          "([A-Za-z]{2})\\s+((?:AD|HD|SD|LD|CD)\\s*\\S.*|\\d{1,3}|AL)", Pattern.CASE_INSENSITIVE);

  Pattern COUNCIL =
      Pattern.compile(
          "(.+?)[\\s_-]+(?:city[\\s_-]+)?(?:council(?:[\\s_-]+district)?|district|cd)?[\\s_-]*(\\d{1,2})",
          Pattern.CASE_INSENSITIVE);

  /**
   * Parses a query.
   *
   * @throws DearrepException (bad input) naming the accepted forms when the text fits none
   */
  static DistrictQuery parse(String text) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty()) {
      throw DearrepException.badInput(
          "empty query: give a district such as CA-AD25, CA-16 or CA, a ZIP code, or --name TEXT");
    }
    String lower = q.toLowerCase(Locale.ROOT);
    if (lower.startsWith("ocd-division/")) {
      if (!lower.matches("ocd-division/country:[a-z]{2}(/[a-z_]+:[^/\\s]+)*")) {
        throw DearrepException.badInput(
            "malformed OCD division id '"
                + DearrepException.shown(q)
                + "': expected e.g. ocd-division/country:us/state:ca/sldl:25");
      }
      return new Division(lower);
    }
    if (lower.startsWith("ocd-person/") || lower.startsWith("bioguide:")) {
      return new PersonId(
          lower.startsWith("bioguide:")
              ? "bioguide:" + q.substring(9).toUpperCase(Locale.ROOT)
              : lower);
    }
    Matcher m;
    if ((m = SPACED.matcher(q)).matches()) {
      q = m.group(1) + "-" + m.group(2).replaceFirst("^([A-Za-z]{2})\\s+(?=\\d)", "$1");
    }
    if ((m = ZIP.matcher(q)).matches()) {
      return new Zip(m.group(1));
    }
    if (STATE.matcher(q).matches()) {
      return new Statewide(q.toUpperCase(Locale.ROOT));
    }
    if ((m = AT_LARGE.matcher(q)).matches()) {
      return new Congressional(m.group(1).toUpperCase(Locale.ROOT), "at-large");
    }
    if ((m = HOUSE.matcher(q)).matches()) {
      return new Congressional(m.group(1).toUpperCase(Locale.ROOT), stripZeros(m.group(2)));
    }
    if ((m = LEGISLATIVE.matcher(q)).matches()) {
      String chamber =
          switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "SD" -> "upper";
            case "LD" -> "unicameral";
            default -> "lower";
          };
      return new Legislative(m.group(1).toUpperCase(Locale.ROOT), chamber, m.group(3).strip());
    }
    if ((m = COUNCIL.matcher(q)).matches() && m.group(1).length() > 2) {
      return new Council(slug(m.group(1)), stripZeros(m.group(2)));
    }
    throw DearrepException.badInput(
        "cannot read '"
            + DearrepException.shown(q)
            + "' as a district: try CA-AD25 (Assembly), CA-SD15 (Senate), CA-16 (U.S. House), WY-AL,"
            + " CA (statewide), san-jose-2 (council), a ZIP code, or --name TEXT");
  }

  /** "025" → "25"; other text unchanged. */
  static String stripZeros(String district) {
    if (district.matches("\\d+")) {
      String s = district.replaceFirst("^0+(?=\\d)", "");
      return s;
    }
    return district;
  }

  /** "San José" → "san_jose": OCD place slugs are lower-case ASCII with underscores. */
  static String slug(String name) {
    return dearrep.model.Names.slug(name, '_', Integer.MAX_VALUE);
  }
}
