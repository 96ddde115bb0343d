package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallScriptTest {

  private static final Sender CALLER =
      new Sender("José Peña", "123 Main St.", "San Jose", "CA", "95113", "");
  private static final Standing NEARBY = new Standing(Standing.Kind.NEARBY, "95113", "CA");

  @Test
  void listsTheDistrictOfficeFirstThenTheCapitolAndSaysWhichToCallFirst() {
    CallScript s =
        CallScript.compose(
            Officials.kalra(),
            TopicCatalog.bundled().get("police-staffing"),
            Position.SUPPORT,
            CALLER,
            NEARBY);
    assertThat(s.phones())
        .extracting(CallScript.Phone::number)
        .containsExactly("408-286-2535", "916-319-2025");
    assertThat(s.text())
        .startsWith(
            "Call Assemblymember Kalra\n"
                + "  District office (San Jose): 408-286-2535  (call this number first)\n"
                + "  Capitol office (Sacramento): 916-319-2025\n");
  }

  @Test
  void theSpokenScriptGivesNameAndZipThenOneAskInShortSentences() {
    CallScript s =
        CallScript.compose(
            Officials.kalra(),
            TopicCatalog.bundled().get("police-staffing"),
            Position.SUPPORT,
            CALLER,
            NEARBY);
    assertThat(s.spokenText())
        .startsWith(
            "Hello. My name is José Peña. I live in ZIP code 95113.\n"
                + "I live in or near the district.\n"
                + "I am calling about police staffing and recruitment.\n")
        .contains("Please support state grants")
        .endsWith(
            "Could you please pass my message on to Assemblymember Kalra?\n"
                + "Thank you for your time.")
        .doesNotContain("where you stand", "constituent");
    assertThat(s.spokenText().split("Please ")).as("one ask").hasSize(2);
  }

  @Test
  void theVoicemailVariantLeavesTheStreetAddress() {
    CallScript s =
        CallScript.compose(
            Officials.kalra(),
            TopicCatalog.bundled().get("street-lighting"),
            Position.CONCERN,
            CALLER,
            NEARBY);
    assertThat(s.voicemailText())
        .startsWith("Hello. My name is José Peña. I live at 123 Main St., ZIP code 95113.")
        .contains("I am calling about street lighting.", "Please tell me what the state")
        .endsWith("You can reach me at the address I gave. Thank you.");
  }

  @Test
  void anUnknownCallerGetsPlaceholdersNeverAClaim() {
    CallScript s =
        CallScript.compose(
            Officials.padilla(),
            TopicCatalog.bundled().get("response-times"),
            Position.CONCERN,
            Sender.EMPTY,
            new Standing(Standing.Kind.NOT_CONSTITUENT, "", ""));
    assertThat(s.text())
        .contains(
            "District office (San Francisco): 415-981-9369",
            "Washington office (Washington): 202-224-3553");
    assertThat(s.spokenText())
        .startsWith(
            "Hello. My name is [your name]. I live in ZIP code [your ZIP code].\n"
                + "I do not live in the district, but this matters to me.");
    assertThat(s.voicemailText()).contains("I live at [your street address], ZIP code");
  }

  @Test
  void aVerifiedSenatorCallerIsAResidentOfTheState() {
    CallScript s =
        CallScript.compose(
            Officials.padilla(),
            TopicCatalog.bundled().get("response-times"),
            Position.SUPPORT,
            CALLER,
            Standing.constituent("95113", "CA"));
    assertThat(s.spokenText()).contains("\nI am a Californian.\n");
  }

  @Test
  void everySentenceIsShortAndEveryScriptUnder150Words() {
    for (Person p : List.of(Officials.kalra(), Officials.padilla(), Officials.mahan())) {
      for (Topic t : TopicCatalog.bundled().all()) {
        for (Position pos : Position.values()) {
          CallScript s = CallScript.compose(p, t, pos, CALLER, NEARBY);
          for (String part : List.of(s.spokenText(), s.voicemailText())) {
            assertThat(part.split("\\s+"))
                .as("%s %s %s", p.name(), t.id(), pos)
                .hasSizeLessThan(150);
          }
          // the ask is the topic's one long sentence; everything around it is short
          String around = s.spokenText().replace(t.ask(Letter.askLevel(p.primaryRole()), pos), "");
          for (String sentence : around.split("[.?]\\s")) {
            assertThat(sentence.split("\\s+"))
                .as("%s %s %s: %s", p.name(), t.id(), pos, sentence)
                .hasSizeLessThanOrEqualTo(14);
          }
        }
      }
    }
  }
}
