package dearrep.batch;

import dearrep.letter.Language;
import dearrep.letter.LetterRequest;
import dearrep.letter.OfficeChoice;
import dearrep.letter.Position;
import dearrep.letter.Sender;
import dearrep.letter.Standing;
import dearrep.letter.Topic;
import dearrep.model.Person;
import dearrep.model.Role;
import java.time.LocalDate;

/**
 * One letter a CSV row asks for: the supporter and the role by which the official represents them,
 * with what the letter package's {@link LetterRequest} is made from once the supporter's standing
 * is decided ({@link #request}). The topic stays an id: the spool and the manifest write it, and
 * the letters' catalog turns it into a {@link Topic}.
 *
 * @param writer the supporter
 * @param recipient the official
 * @param role the role by which the official represents the writer
 * @param topic topic id ("police-staffing")
 * @param position the supporter's stance
 * @param date the date on the letter: the day the batch started, kept when it is resumed
 * @param language the language to write in
 */
public record RowLetter(
    Supporter writer,
    Person recipient,
    Role role,
    String topic,
    Position position,
    LocalDate date,
    Language language) {

  /** The letter package's request for this letter, to the district office. */
  LetterRequest request(Topic topic, Standing standing) {
    Supporter w = writer;
    return new LetterRequest(
        recipient,
        topic,
        position,
        new Sender(w.name(), w.street(), w.city(), w.state(), w.zip(), w.email()),
        w.note(),
        OfficeChoice.DISTRICT,
        date,
        standing,
        language);
  }
}
