package dearrep.cli;

import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import dearrep.model.DearrepException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The writer's details on the command line. A profile is used whole or not at all: when any option
 * is given the writer is exactly what was given, so a letter written for someone else never takes
 * the profile's e-mail or street.
 */
final class SenderOptions {

  @Option(names = "--name", paramLabel = "NAME", description = "Your full name, as you sign.")
  String name;

  @Option(names = "--street", paramLabel = "STREET", description = "Your street address.")
  String street;

  @Option(names = "--city", paramLabel = "CITY", description = "Your city.")
  String city;

  @Option(names = "--state", paramLabel = "ST", description = "Your state (two letters).")
  String state;

  @Option(names = "--zip", paramLabel = "ZIP", description = "Your ZIP code.")
  String zip;

  @Option(names = "--email", paramLabel = "EMAIL", description = "Your e-mail address.")
  String email;

  private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

  /**
   * Only what was given on the command line, the state upper-cased.
   *
   * @throws DearrepException (bad input) for a state that is not two letters or a ZIP code that is
   *     not five digits or ZIP+4: a letter would print them as given
   */
  Sender given() {
    if (state != null && !STATE.matcher(state).matches()) {
      throw DearrepException.badInput(
          "--state '" + state + "' is not a state code: give its two letters, e.g. --state CA");
    }
    if (zip != null && !ZIP.matcher(zip).matches()) {
      throw DearrepException.badInput(
          "--zip '"
              + zip
              + "' is not a ZIP code: give five digits or ZIP+4, e.g. --zip 95113 or 95113-1905");
    }
    String st = state == null ? null : state.toUpperCase(Locale.ROOT);
    return new Sender(name, street, city, st, zip, email);
  }

  /** What was given on the command line, or, when nothing was, the saved profile. */
  Sender withProfile() {
    Sender given = given();
    return given.equals(Sender.EMPTY) ? ProfileStore.standard().load().orElse(Sender.EMPTY) : given;
  }
}
