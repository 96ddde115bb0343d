package dearrep.cli;

import dearrep.letter.CallScript;
import dearrep.letter.Letter;
import dearrep.model.Person;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code letter --json} and {@code script --json}: a composed letter or call script as JSON fields
 * (documented in the README). Kept apart from the letter's own record so the letter's wording can
 * change without touching the field names.
 */
final class MessageJson {

  private MessageJson() {}

  /** One letter; {@code file} is where it was written, or null when it was only printed. */
  static Map<String, Object> letter(Letter l, Path file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recipient", recipient(l.recipientId(), l.recipientName(), l.recipientEmail()));
    m.put("topic", l.topicId());
    m.put("position", l.position().key());
    m.put("date", l.date().toString());
    Map<String, Object> sender = new LinkedHashMap<>();
    sender.put("name", l.sender().name());
    sender.put("street", l.sender().street());
    sender.put("city", l.sender().city());
    sender.put("state", l.sender().state());
    sender.put("zip", l.sender().zip());
    sender.put("email", l.sender().email());
    m.put("sender", sender);
    m.put("addressLines", l.insideAddress());
    m.put("subject", l.subject());
    m.put("salutation", l.salutation());
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(l.opening());
    paragraphs.addAll(l.note());
    paragraphs.add(l.ask());
    paragraphs.add(l.closing());
    m.put("paragraphs", paragraphs);
    m.put("points", l.points());
    if (file != null) {
      m.put("file", file.toString());
    }
    return m;
  }

  /** One call script. */
  static Map<String, Object> script(Person p, CallScript s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recipient", recipient(p.id(), p.name(), p.email()));
    m.put("spoken", s.spoken());
    List<Map<String, String>> phones = new ArrayList<>();
    for (CallScript.Phone phone : s.phones()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("label", phone.label());
      one.put("number", phone.number());
      phones.add(one);
    }
    m.put("phones", phones);
    List<String> paragraphs = new ArrayList<>();
    for (String para : s.spokenText().strip().split("\\n\\s*\\n")) {
      paragraphs.add(para.strip().replaceAll("\\s*\\n\\s*", " "));
    }
    m.put("paragraphs", paragraphs);
    m.put("text", s.text());
    return m;
  }

  private static Map<String, Object> recipient(String id, String name, String email) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", name);
    if (email != null && !email.isEmpty()) {
      r.put("email", email);
    }
    return r;
  }
}
