package dearrep.letter;

import dearrep.model.Office;
import dearrep.model.Person;
import dearrep.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to say on a phone call to an official's office: the numbers to dial (district office first,
 * then the capitol) and a short spoken script with a greeting, who is calling and from where, the
 * ask, and a thank-you.
 *
 * @param spoken how to name the official aloud ("Assemblymember Kalra")
 * @param phones numbers to call, in the order to try them
 * @param text the whole script as printed
 */
public record CallScript(String spoken, List<Phone> phones, String text) {

  /** A number to call and which office it reaches. */
  public record Phone(String label, String number) {}

  public CallScript {
    phones = List.copyOf(phones);
  }

  /**
   * Writes the script.
   *
   * @param caller the caller; name, street and ZIP are used when present, else a bracketed
   *     placeholder the caller fills in aloud
   * @param standing where the caller lives relative to the district, decided from the data
   */
  public static CallScript compose(
      Person person, Topic topic, Position position, Sender caller, Standing standing) {
    return compose(person, topic, position, caller, standing, Language.EN);
  }

  /** The script in a language: its words, the topic's texts and the official's title. */
  public static CallScript compose(
      Person person,
      Topic english,
      Position position,
      Sender caller,
      Standing standing,
      Language language) {
    Topic topic = TopicCatalog.translate(english, language);
    Role role = person.primaryRole();
    FormOfAddress form = FormOfAddress.of(person, role).in(person, role, language);
    Phrases words = Phrases.of(language);
    List<Phone> phones = new ArrayList<>();
    for (Office o : OfficeChoice.forCalls(person, caller.zip())) {
      phones.add(new Phone(label(o, role, words), o.voice().strip()));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("spoken", form.spoken());
    List<Map<String, Object>> numbers = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      numbers.add(
          Map.of(
              "label", phones.get(i).label(),
              "number", phones.get(i).number(),
              "first", i == 0 && phones.size() > 1));
    }
    c.put("phones", numbers);
    c.put("callerName", orPlaceholder(caller.name(), words.file.yourName));
    c.put("zip", orPlaceholder(caller.zip(), words.file.yourZip));
    c.put("street", orPlaceholder(caller.street(), words.file.yourStreet));
    c.put("standing", spokenStanding(role, standing, words));
    c.put("about", topic.about());
    c.put("ask", topic.ask(Letter.askLevel(role), position));
    return new CallScript(form.spoken(), phones, Templates.script(language).execute(c));
  }

  /** What to say when someone answers, from the greeting to the thank-you. */
  public String spokenText() {
    return part(2);
  }

  /** What to say to an answering machine: the same, with the street address to write back to. */
  public String voicemailText() {
    return part(4);
  }

  // The template's blocks, separated by blank lines: numbers, "when someone answers", the spoken
  // part, "if you reach voicemail", the voicemail part; the same in every language.
  private String part(int index) {
    String[] blocks = text.strip().split("\\n\\s*\\n");
    return blocks.length > index ? blocks[index].strip() : "";
  }

  private static String orPlaceholder(String value, String placeholder) {
    return value.isEmpty() ? placeholder : value;
  }

  // Said to the staffer who answers, so short and plain: one fact, one sentence.
  private static String spokenStanding(Role role, Standing standing, Phrases phrases) {
    String state = role.state() == null ? "" : role.state();
    if (phrases.language != Language.EN) {
      String stateName =
          Places.bareStateName(standing.state().isEmpty() ? state : standing.state());
      return switch (standing.kind()) {
        case CONSTITUENT ->
            SeatName.wholeState(role)
                ? phrases.spokenStanding("state_resident", stateName)
                : phrases.spokenStanding("constituent", stateName);
        case NEARBY -> phrases.spokenStanding("nearby", stateName);
        case STATE_RESIDENT -> phrases.spokenStanding("state_resident", stateName);
        case NOT_CONSTITUENT -> phrases.spokenStanding("not_constituent", stateName);
      };
    }
    return switch (standing.kind()) {
      case CONSTITUENT ->
          SeatName.wholeState(role)
              ? "I am " + Places.resident(state) + "."
              : "I am a constituent in " + SeatName.of(role) + ".";
      case NEARBY -> "I live in or near the district.";
      case STATE_RESIDENT ->
          "I am " + Places.resident(standing.state().isEmpty() ? state : standing.state()) + ".";
      case NOT_CONSTITUENT -> "I do not live in the district, but this matters to me.";
    };
  }

  private static String label(Office o, Role role, Phrases words) {
    String kind;
    if (o.isDistrict()) {
      kind = words.file.districtOffice;
    } else if (o.isCapitol()) {
      kind = role.isCongress() ? words.file.washingtonOffice : words.file.capitolOffice;
    } else {
      kind = words.file.office;
    }
    String place = o.name();
    if (place == null || place.isBlank()) {
      List<String> lines = AddressLines.split(o.address(), List.of());
      String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
      place = last.contains(",") ? last.substring(0, last.indexOf(',')) : "";
    }
    return place.isBlank() ? kind : kind + " (" + place.strip() + ")";
  }
}
