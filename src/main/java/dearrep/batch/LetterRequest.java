package dearrep.batch;

import dearrep.model.Person;
import dearrep.model.Role;
import java.time.LocalDate;

/**
 * One letter to render: who writes, to whom in which role, on what.
 *
 * @param writer the supporter
 * @param recipient the official
 * @param role the role by which the official represents the writer
 * @param topic topic id ("police-staffing")
 * @param position {@code support}, {@code oppose} or {@code concern}
 * @param date the date on the letter: the day the batch started, kept when it is resumed
 * @param language {@code en}, {@code es} or {@code vi}
 */
public record LetterRequest(
    Supporter writer,
    Person recipient,
    Role role,
    String topic,
    String position,
    LocalDate date,
    String language) {

  /** An English letter. */
  public LetterRequest(
      Supporter writer,
      Person recipient,
      Role role,
      String topic,
      String position,
      LocalDate date) {
    this(writer, recipient, role, topic, position, date, "en");
  }
}
