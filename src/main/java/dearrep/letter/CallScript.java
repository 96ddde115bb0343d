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
   * @param caller the caller; name and ZIP are used when present
   */
  public static CallScript compose(Person person, Topic topic, Position position, Sender caller) {
    Role role = person.primaryRole();
    FormOfAddress form = FormOfAddress.of(person, role);
    List<Phone> phones = new ArrayList<>();
    for (Office o : OfficeChoice.forCalls(person, caller.zip())) {
      phones.add(new Phone(label(o, role), o.voice().strip()));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("spoken", form.spoken());
    c.put(
        "phones",
        phones.stream().map(p -> Map.of("label", p.label(), "number", p.number())).toList());
    c.put("callerName", caller.name());
    c.put("zip", caller.zip());
    c.put("constituency", Constituency.of(role));
    c.put("about", topic.about());
    c.put("stance", topic.framing(position));
    c.put("ask", topic.ask(role.level(), position));
    return new CallScript(form.spoken(), phones, Templates.script().execute(c));
  }

  /** The spoken part only, from the greeting to the thank-you. */
  public String spokenText() {
    int at = text.indexOf("\nHello,");
    return at < 0 ? text : text.substring(at + 1);
  }

  private static String label(Office o, Role role) {
    String kind;
    if (o.isDistrict()) {
      kind = "District office";
    } else if (o.isCapitol()) {
      kind = role.isCongress() ? "Washington office" : "Capitol office";
    } else {
      kind = "Office";
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
