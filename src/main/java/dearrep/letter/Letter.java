package dearrep.letter;

import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A composed letter: every line decided, ready for any {@link Format}. Strings are empty, never
 * null, when a part is absent.
 *
 * @param recipientId person id of the official
 * @param recipientName display name of the official
 * @param recipientEmail the official's e-mail address, or empty
 * @param contactForm URL of the official's web contact form, or empty
 * @param topicId id of the topic
 * @param position the writer's stance
 * @param sender the writer
 * @param date the date on the letter
 * @param insideAddress "The Honorable Ash Kalra", body line, office address lines
 * @param subject the topic title
 * @param salutation "Dear Assemblymember Kalra:"
 * @param opening says the writer is a constituent, then frames the position
 * @param points talking points the writer asks the official to weigh
 * @param note the writer's own paragraphs
 * @param ask the specific, level-appropriate request
 * @param closing the thank-you paragraph
 */
public record Letter(
    String recipientId,
    String recipientName,
    String recipientEmail,
    String contactForm,
    String topicId,
    Position position,
    Sender sender,
    LocalDate date,
    List<String> insideAddress,
    String subject,
    String salutation,
    String opening,
    List<String> points,
    List<String> note,
    String ask,
    String closing) {

  /** Talking points a letter quotes, so that a typical letter fits on one page. */
  static final int POINTS_IN_LETTER = 3;

  static final String POINTS_INTRO = "As you weigh this, I hope you will keep in mind:";
  static final String SIGN_OFF = "Sincerely,";

  // The ask already says what the writer wants; a second request for a stance would ask twice.
  static final String CLOSING =
      "Thank you for your time and for your service. I would be grateful for a reply.";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  public Letter {
    insideAddress = List.copyOf(insideAddress);
    points = List.copyOf(points);
    note = List.copyOf(note);
  }

  /**
   * Composes a letter.
   *
   * @throws LetterException when the sender has no name, the note is too long, or the official's
   *     office has no form of address
   */
  public static Letter compose(LetterRequest request) {
    Person person = request.recipient();
    Role role = person.primaryRole();
    Topic topic = request.topic();
    Sender sender = request.sender();
    requireName(sender);
    FormOfAddress form = FormOfAddress.of(person, role);
    List<String> inside = new ArrayList<>();
    inside.add(form.insideName());
    inside.add(form.body());
    request
        .office()
        .pick(person, request.sender().zip())
        .map(Office::address)
        .ifPresent(
            address ->
                inside.addAll(AddressLines.split(address, List.of(person.name(), form.body()))));
    String opening =
        SeatName.standing(role, request.standing())
            + ", I am writing to you about "
            + topic.about()
            + ". "
            + topic.framing(request.position());
    return new Letter(
        person.id() == null ? "" : person.id(),
        Text.line(person.name()),
        Text.line(person.email()),
        Text.line(person.contactForm()),
        topic.id(),
        request.position(),
        sender,
        request.date(),
        inside,
        topic.title(),
        form.salutation(),
        opening,
        topic
            .points(request.position())
            .subList(0, Math.min(POINTS_IN_LETTER, topic.points(request.position()).size())),
        Text.paragraphs(request.note()),
        topic.ask(askLevel(role), request.position()),
        CLOSING);
  }

  /**
   * Checks that the writer has a name.
   *
   * @throws LetterException saying how to give one
   */
  public static void requireName(Sender sender) {
    if (sender.name().isEmpty()) {
      throw new LetterException(
          "the letter needs the writer's name: give --name or save a profile (dearrep profile set)");
    }
  }

  /** Which level's asks fit an office: D.C. is a city with a council and a mayor, so city asks. */
  static Level askLevel(Role role) {
    return "DC".equalsIgnoreCase(role.state()) && !role.isCongress() ? Level.LOCAL : role.level();
  }

  /** Whether the inside address has a postal address, not only the name and office. */
  public boolean hasPostalAddress() {
    return insideAddress.size() > 2;
  }

  /** The date written out: "November 23, 2026". */
  public String dateText() {
    return DATE.format(date);
  }

  /** The values templates see; names are the template contract documented in data/templates. */
  Map<String, Object> templateContext() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("senderLines", sender.blockLines());
    c.put("senderName", sender.name());
    c.put("date", dateText());
    c.put("insideAddress", insideAddress);
    c.put("recipientName", recipientName);
    c.put("recipientEmail", recipientEmail);
    c.put("contactForm", contactForm);
    c.put("subject", subject);
    c.put("salutation", salutation);
    c.put("opening", opening);
    c.put("pointsIntro", POINTS_INTRO);
    c.put("points", points);
    c.put("note", note);
    c.put("ask", ask);
    c.put("closing", closing);
    c.put("signOff", SIGN_OFF);
    return c;
  }
}
