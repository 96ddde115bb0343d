package dearrep.cli;

import dearrep.letter.Language;
import dearrep.letter.Position;
import dearrep.letter.Sender;
import dearrep.letter.Standing;
import dearrep.letter.Topic;
import dearrep.letter.TopicCatalog;
import dearrep.lookup.ConstituencyCheck;
import dearrep.lookup.DistrictQuery;
import dearrep.model.DearrepException;
import dearrep.model.Level;
import dearrep.model.Person;
import dearrep.model.Role;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Who a letter or call is to, about what, and from which position: shared by letter and script. */
final class MessageOptions {

  @Option(
      names = "--to",
      paramLabel = "WHO",
      description =
          "A district (CA-AD25, CA-16, CA, san-jose-2), a person id, or a number from the last"
              + " lookup (kept in $XDG_STATE_HOME/dearrep/last-lookup, so it works across"
              + " command lines too).")
  String to;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "WHO",
      description = "Same as --to: `letter 2 --topic …` after a lookup.")
  String who;

  @Option(
      names = "--topic",
      required = true,
      paramLabel = "ID",
      description = "Topic id (see dearrep topics).")
  String topic;

  @Option(
      names = "--position",
      paramLabel = "POSITION",
      defaultValue = "support",
      converter = PositionConverter.class,
      description = "support, oppose or concern (default: ${DEFAULT-VALUE}).")
  Position position;

  @Option(
      names = {"--lang", "--language"},
      paramLabel = "LANG",
      description =
          "Write in en (English), es (Spanish) or vi (Vietnamese): the letter or script, the topic"
              + " texts and the forms of address (default: the profile's language, else en).")
  String language;

  /** --lang when given, else the writer's own language (the profile's), else English. */
  Language language(Sender writer) {
    if (language != null) {
      return Language.parse(language);
    }
    return writer.language().isEmpty() ? Language.EN : Language.parse(writer.language());
  }

  @Option(
      names = "--not-constituent",
      description =
          "Write although you do not live in the official's district; the letter says so. Without"
              + " it, a letter to a district you are not placed in is refused.")
  boolean notConstituent;

  /**
   * What the letter may say about where the writer lives, checked against the data.
   *
   * @throws DearrepException (bad input) when the writer is outside the district and did not say
   *     --not-constituent
   */
  Standing standing(Session session, SharedOptions options, Person person, Sender writer) {
    Role role = person.primaryRole();
    ConstituencyCheck.Result r =
        new ConstituencyCheck(session.places(options.dataDir())).checkZip(writer.zip(), role);
    return Standing.decide(r, role, writer.zip(), writer.state(), notConstituent)
        .orElseThrow(
            () ->
                DearrepException.badInput(
                    "will not call you a constituent of "
                        + person.name()
                        + ": "
                        + r.reason()
                        + ". Write to your own representatives (dearrep lookup --zip ZIP), or add"
                        + " --not-constituent to say you live elsewhere"));
  }

  @Option(
      names = "--all-statewide",
      description =
          "With a state (--to CA): write to every statewide official and both U.S. senators, not"
              + " only the offices the topic concerns.")
  boolean allStatewide;

  /**
   * Who the message goes to. A state (--to CA) means the statewide offices the topic names (the
   * governor and attorney general for policing), said in one line on {@code err}, unless
   * --all-statewide.
   */
  List<Person> recipients(Session session, SharedOptions options, Topic t, PrintWriter err) {
    String target = Recipients.target(to, who);
    List<Person> people = Recipients.resolve(session, options, target);
    if (allStatewide
        || target.strip().matches("\\d{1,3}")
        || !(DistrictQuery.parse(target.strip()) instanceof DistrictQuery.Statewide s)
        // D.C. is a city: its mayor and council are all its "statewide" officials
        || s.state().equalsIgnoreCase("DC")) {
      return people;
    }
    List<Person> concerned =
        people.stream()
            .filter(p -> p.primaryRole().level() == Level.STATE)
            .filter(p -> t.statewide().contains(p.primaryRole().type()))
            .toList();
    if (concerned.isEmpty()) {
      throw DearrepException.notFound(
          "the topic "
              + t.id()
              + " concerns no statewide office held in "
              + target.strip()
              + " (it names: "
              + (t.statewide().isEmpty() ? "none" : String.join(", ", t.statewide()))
              + "): add --all-statewide to write to every statewide official");
    }
    err.println(
        "Writing to the statewide offices this topic concerns: "
            + String.join(
                ", ",
                concerned.stream().map(p -> p.primaryRole().title() + " " + p.name()).toList())
            + " (--all-statewide for every statewide official and the U.S. senators).");
    err.flush();
    return concerned;
  }

  Topic topic() {
    return TopicCatalog.bundled().get(topic);
  }

  Position position() {
    return position;
  }

  /**
   * {@code --position} as the {@link Position} enum, through {@link Position#parse} so that a typo
   * gets its "did you mean" (picocli's own enum message would list the constants in capitals).
   */
  static final class PositionConverter implements ITypeConverter<Position> {
    @Override
    public Position convert(String value) {
      try {
        return Position.parse(value);
      } catch (dearrep.letter.LetterException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
