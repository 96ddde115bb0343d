package dearrep.cli;

import dearrep.letter.Position;
import dearrep.letter.Topic;
import dearrep.letter.TopicCatalog;
import dearrep.model.Person;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
      description = "support, oppose or concern (default: ${DEFAULT-VALUE}).")
  String position;

  List<Person> recipients(Session session, SharedOptions options) {
    return Recipients.resolve(session, options, Recipients.target(to, who));
  }

  Topic topic() {
    return TopicCatalog.bundled().get(topic);
  }

  Position position() {
    return Position.parse(position);
  }
}
