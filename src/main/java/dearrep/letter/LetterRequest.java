package dearrep.letter;

import dearrep.model.Person;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a letter is made from.
 *
 * @param recipient the official; their primary role is the one addressed
 * @param topic the topic
 * @param position the writer's stance
 * @param sender the writer; the name is required
 * @param note the writer's own words, or empty; inserted as text, never evaluated
 * @param office which office a postal letter goes to
 * @param date the date on the letter
 * @param standing what the letter may say about where the writer lives, decided from the data
 * @param language the language to write in
 */
public record LetterRequest(
    Person recipient,
    Topic topic,
    Position position,
    Sender sender,
    String note,
    OfficeChoice office,
    LocalDate date,
    Standing standing,
    Language language) {

  public LetterRequest {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(topic, "topic");
    position = position == null ? Position.SUPPORT : position;
    sender = sender == null ? Sender.EMPTY : sender;
    note = note == null ? "" : note;
    office = office == null ? OfficeChoice.DISTRICT : office;
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(standing, "standing: verify the writer's place, never assume it");
    language = language == null ? Language.EN : language;
  }

  /** A request for an English letter. */
  public LetterRequest(
      Person recipient,
      Topic topic,
      Position position,
      Sender sender,
      String note,
      OfficeChoice office,
      LocalDate date,
      Standing standing) {
    this(recipient, topic, position, sender, note, office, date, standing, Language.EN);
  }

  /** The same request in another language. */
  public LetterRequest in(Language other) {
    return new LetterRequest(
        recipient, topic, position, sender, note, office, date, standing, other);
  }
}
