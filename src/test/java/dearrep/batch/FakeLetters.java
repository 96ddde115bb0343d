package dearrep.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A stand-in for the letter package in batch tests: a few deterministic lines per letter, so tests
 * check the batch machinery (routing, files, reports, resume) and not the letters' wording.
 */
public final class FakeLetters implements BatchLetters {

  static final Set<String> TOPICS =
      Set.of("camera-registry", "community-service-officers", "drone-policy", "firefighter-staffing",
          "neighborhood-watch", "police-accountability", "police-staffing", "property-crime-follow-up",
          "response-times", "state-property-cleanup", "street-lighting", "violent-crime-prevention",
          "wildfire-heat-preparedness", "youth-jobs");

  @Override
  public boolean knowsTopic(String topic) {
    return TOPICS.contains(topic);
  }

  @Override
  public byte[] render(LetterRequest r, OutputFormat format) {
    return text(r, format).getBytes(StandardCharsets.UTF_8);
  }

  static String text(LetterRequest r, OutputFormat format) {
    return "format: " + format.extension() + "\nto: " + r.role().title() + " " + r.recipient().name() + " ("
        + r.recipient().id() + ")\nfrom: " + r.writer().name() + ", " + r.writer().city() + "\ntopic: " + r.topic()
        + " (" + r.position() + ")\nnote: " + r.writer().note() + "\n";
  }

  @Override
  public int packet(Cover cover, Iterable<LetterRequest> letters, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder("cover: " + cover.recipient().recipient().name() + ", " + cover.letters()
        + " letters on " + cover.topics() + " from " + cover.writers() + "\n");
    for (LetterRequest r : letters) {
      s.append("---\n").append(text(r, OutputFormat.PDF));
    }
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    return cover.letters() + 1;
  }
}
