package dearrep.lookup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts read off OCD division ids. */
public final class Divisions {

  private static final Pattern STATE =
      Pattern.compile("ocd-division/country:us/(?:state|district|territory):([a-z]{2})(?:/.*)?");

  private Divisions() {}

  /** The two-letter state code of a division id ("CA"), if it lies in a state, DC or territory. */
  public static Optional<String> stateOf(String divisionId) {
    Matcher m = STATE.matcher(divisionId);
    return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  /** Whether a division id lies in the state with this two-letter code. */
  public static boolean isIn(String divisionId, String state) {
    return stateOf(divisionId).map(state::equals).orElse(false);
  }
}
