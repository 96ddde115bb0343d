package dearrep.letter;

import dearrep.lookup.ConstituencyCheck;
import dearrep.model.Level;
import dearrep.model.Role;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a letter may say about where the writer lives relative to the official's district: decided
 * from the data by the caller (see {@code dearrep.lookup.ConstituencyCheck}), never assumed here.
 *
 * @param kind how sure the data is
 * @param zip the writer's ZIP code, for "As a resident of ZIP code 95112"; empty when unknown
 * @param state the writer's two-letter state, for "As a Californian"; empty when unknown
 */
public record Standing(Kind kind, String zip, String state) {

  /** How the writer stands to the official's district. */
  public enum Kind {
    /** The writer's place is in the district: "As your constituent in …". */
    CONSTITUENT,
    /** The writer's ZIP code spans the district and others, or the data cannot decide. */
    NEARBY,
    /** Outside the district, but in the state of a state office: "As a Californian". */
    STATE_RESIDENT,
    /** Outside the district, and the writer said so (--not-constituent). */
    NOT_CONSTITUENT
  }

  public Standing {
    Objects.requireNonNull(kind, "kind");
    zip = Text.line(zip);
    state = Text.line(state);
  }

  /**
   * What the letter may say, from the data's verdict: verified is a constituent, possible is "in or
   * near", outside is a state resident for a state office of the writer's state, else a declared
   * non-constituent when the writer allows it, else nothing (the caller refuses).
   *
   * @param writerState the state the writer gave, used when the data does not place them
   * @param notConstituent the writer asked to write anyway (--not-constituent)
   */
  public static Optional<Standing> decide(
      ConstituencyCheck.Result result,
      Role role,
      String writerZip,
      String writerState,
      boolean notConstituent) {
    String state = result.state().isEmpty() ? Text.line(writerState) : result.state();
    String zip = Text.line(writerZip);
    return switch (result.verdict()) {
      case VERIFIED -> Optional.of(new Standing(Kind.CONSTITUENT, zip, state));
      case POSSIBLE -> Optional.of(new Standing(Kind.NEARBY, zip, state));
      case OUTSIDE -> {
        boolean sameState =
            !state.isEmpty()
                && role.state() != null
                && role.state().toUpperCase(Locale.ROOT).equals(state.toUpperCase(Locale.ROOT));
        if (role.level() == Level.STATE && sameState) {
          yield Optional.of(new Standing(Kind.STATE_RESIDENT, zip, state));
        }
        yield notConstituent
            ? Optional.of(new Standing(Kind.NOT_CONSTITUENT, zip, state))
            : Optional.empty();
      }
    };
  }

  /** A writer verified in the district. */
  public static Standing constituent(String zip, String state) {
    return new Standing(Kind.CONSTITUENT, zip, state);
  }
}
