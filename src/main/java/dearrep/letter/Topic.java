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
 * @param statewide the statewide offices (Open States role types: "governor", "attorney general")
 *     the topic concerns; a statewide letter goes to these unless every officer is asked for
 * @param points three to six points per position, each arguing that position only
 * @param framing one framing paragraph per position
 * @param asks what each level of government can do, per position
 */
public record Topic(
    String id,
    List<String> aliases,
    String title,
    String about,
    String summary,
    List<String> statewide,
    Map<Position, List<String>> points,
    Map<Position, String> framing,
    Map<Level, Map<Position, String>> asks) {

  public Topic {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    statewide = statewide == null ? List.of() : List.copyOf(statewide);
    EnumMap<Position, List<String>> pointCopy = new EnumMap<>(Position.class);
    points.forEach((p, list) -> pointCopy.put(p, List.copyOf(list)));
    points = Map.copyOf(pointCopy);
    framing = Map.copyOf(new EnumMap<>(framing));
    EnumMap<Level, Map<Position, String>> copy = new EnumMap<>(Level.class);
    asks.forEach((level, byPosition) -> copy.put(level, Map.copyOf(byPosition)));
    asks = Map.copyOf(copy);
  }

  /** The points that argue a position, in the order written. */
  public List<String> points(Position position) {
    return points.get(position);
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
