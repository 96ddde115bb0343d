package dearrep.cli;

import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import picocli.CommandLine.Option;

/**
 * The writer's details on the command line. A profile is used whole or not at all: when any option
 * is given the writer is exactly what was given, so a letter written for someone else never takes
 * the profile's e-mail or street.
 */
public final class SenderOptions {

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

  /** Only what was given on the command line. */
  Sender given() {
    return new Sender(name, street, city, state, zip, email);
  }

  /** What was given on the command line, or, when nothing was, the saved profile. */
  Sender withProfile() {
    Sender given = given();
    return given.equals(Sender.EMPTY) ? ProfileStore.standard().load().orElse(Sender.EMPTY) : given;
  }
}
