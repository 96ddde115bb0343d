package dearrep.batch;

import dearrep.letter.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * What a batch needs from the letter package: the seam between this package and {@code
 * dearrep.letter}, so the batch machinery owns no templates and renders nothing itself.
 * Implementations are called from several worker threads at once.
 */
public interface BatchLetters {

  /** The topic id that {@code text} names (an id or alias, any case), or empty when none. */
  Optional<String> topicId(String text);

  /**
   * Checks that a letter can be composed (the writer has a name, the note is not too long, the
   * official has a form of address), so a packet never meets a bad letter late.
   *
   * @throws RuntimeException saying what is wrong
   */
  void check(RowLetter request);

  /**
   * Whether the writer lives in the recipient's district, by the same data {@code lookup} uses, and
   * whether a letter may be written: a writer outside it may write only to a state office of their
   * own state, or when the batch says they do not claim to be a constituent.
   */
  Constituency constituency(RowLetter request);

  /**
   * A writer's standing toward a recipient's district.
   *
   * @param verdict {@code verified}, {@code possible} or {@code outside}: the manifest's
   *     constituency column
   * @param writable whether the letter may be written
   * @param reason why not, in one line, when it may not
   */
  record Constituency(String verdict, boolean writable, String reason) {}

  /** One letter as the bytes of a file in {@code format}. */
  byte[] render(RowLetter request, Format format);

  /**
   * A print-ready PDF packet for one recipient: a cover page, then every letter, written to {@code
   * out}. Called from one thread; {@code letters} may be long and is read once, in order.
   *
   * @return the pages written, and how many letters took more than one page
   */
  Packet packet(Cover cover, Iterable<RowLetter> letters, OutputStream out) throws IOException;

  /**
   * What a packet took.
   *
   * @param pages pages in the packet, the cover included
   * @param lettersOverOnePage letters that ran past one page
   */
  record Packet(int pages, int lettersOverOnePage) {}

  /**
   * The cover page of a packet.
   *
   * @param recipient the first letter's request, for the recipient, role and topic
   * @param topics every topic of the packet's letters, in first-seen order
   * @param letters how many letters follow
   * @param writers each writer's name and city ("José Peña, San Jose"), in packet order
   * @param byTopic letters per topic id
   * @param byPosition letters per position
   * @param part which volume of the recipient's packets this is, from 1
   * @param parts how many volumes the recipient's letters fill
   */
  record Cover(
      RowLetter recipient,
      List<String> topics,
      int letters,
      List<String> writers,
      java.util.Map<String, Long> byTopic,
      java.util.Map<String, Long> byPosition,
      int part,
      int parts) {}
}
