package dearrep.letter;

import dearrep.model.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A public-safety topic a letter can be about, as written in {@code data/topics/<id>.yml}.
 *
 * @param id stable id ("police-staffing")
 * @param aliases other ids that find this topic ("fire-response-times")
 * @param title title in sentence case ("Police staffing and recruitment")
 * @param about the topic as a phrase inside a sentence ("police staffing and recruitment",
 *     "Community Service Officers"); from the file's {@code about}, else the title with its first
 *     letter in lower case
 * @param summary one paragraph describing the issue
 * @param talkingPoints three to six neutral points a writer may want weighed
 * @param framing one framing paragraph per position
 * @param asks what each level of government can do, per position
 */
public record Topic(
    String id,
    List<String> aliases,
    String title,
    String about,
    String summary,
    List<String> talkingPoints,
    Map<Position, String> framing,
    Map<Level, Map<Position, String>> asks) {

  public Topic {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    talkingPoints = List.copyOf(talkingPoints);
    framing = Map.copyOf(new EnumMap<>(framing));
    EnumMap<Level, Map<Position, String>> copy = new EnumMap<>(Level.class);
    asks.forEach((level, byPosition) -> copy.put(level, Map.copyOf(byPosition)));
    asks = Map.copyOf(copy);
  }

  /** The framing paragraph for a position. */
  public String framing(Position position) {
    return framing.get(position);
  }

  /** The ask for a level of government and a position. */
  public String ask(Level level, Position position) {
    return asks.get(level).get(position);
  }
}
