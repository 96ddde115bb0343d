package dearrep.letter;

import dearrep.model.Level;
import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import java.time.LocalDate;
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
 * @param language the language the letter is written in (the inside address stays as the post
 *     office reads it)
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
    String closing,
    Language language) {

  /** Talking points a letter quotes, so that a typical letter fits on one page. */
  static final int POINTS_IN_LETTER = 3;

  /** The English sign-off, which the PDF writer also recognises in plain text it lays out. */
  static final String SIGN_OFF = "Sincerely,";

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
    Language language = request.language();
    Topic topic = TopicCatalog.translate(request.topic(), language);
    Phrases phrases = Phrases.of(language);
    Sender sender = request.sender();
    requireName(sender);
    FormOfAddress form = FormOfAddress.of(person, role);
    // the envelope lines stay in English for the post office; the letter itself is translated
    FormOfAddress spoken = form.in(person, role, language);
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
        SeatName.standing(role, request.standing(), phrases)
            + ", "
            + continueSentence(phrases.writingAbout(topic.about()))
            + " "
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
        spoken.salutation(),
        opening,
        topic
            .points(request.position())
            .subList(0, Math.min(POINTS_IN_LETTER, topic.points(request.position()).size())),
        Text.paragraphs(request.note()),
        topic.ask(askLevel(role), request.position()),
        phrases.closing(),
        language);
  }

  /** This letter in another language, from the same request. */
  public static Letter compose(LetterRequest request, Language language) {
    return compose(request.in(language));
  }

  // "I am writing" keeps its capital; "Le escribo", "Tôi viết" continue a sentence in lower case
  private static String continueSentence(String s) {
    return s.startsWith("I ") ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
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

  /**
   * The date written out in the letter's language: "November 23, 2026", "23 de noviembre de 2026".
   */
  public String dateText() {
    return Phrases.of(language).date.format(date);
  }

  /** "Re:", "Asunto:", "V/v:". */
  String subjectLabel() {
    return Phrases.of(language).subjectLabel();
  }

  /** "Sincerely,", "Atentamente,", "Trân trọng,". */
  String signOff() {
    return Phrases.of(language).signOff();
  }

  /** The heading of an appended English translation, in the letter's language. */
  public String englishTranslationHeading() {
    return Phrases.of(language).englishTranslation();
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
    c.put("pointsIntro", Phrases.of(language).pointsIntro());
    c.put("subjectLabel", subjectLabel());
    c.put("lang", language.code());
    c.put("points", points);
    c.put("note", note);
    c.put("ask", ask);
    c.put("closing", closing);
    c.put("signOff", signOff());
    return c;
  }
}
