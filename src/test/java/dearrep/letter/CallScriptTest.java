package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallScriptTest {

  private static final Sender CALLER = new Sender("José Peña", "", "", "", "95113", "");

  @Test
  void listsTheDistrictOfficeFirstThenTheCapitol() {
    CallScript s =
        CallScript.compose(
            Officials.kalra(),
            TopicCatalog.bundled().get("police-staffing"),
            Position.SUPPORT,
            CALLER);
    assertThat(s.phones())
        .extracting(CallScript.Phone::number)
        .containsExactly("408-286-2535", "916-319-2025");
    assertThat(s.text())
        .startsWith(
            "Call Assemblymember Kalra\n  District office (San Jose): 408-286-2535\n"
                + "  Capitol office (Sacramento): 916-319-2025\n");
    assertThat(s.spokenText())
        .startsWith(
            "Hello, my name is José Peña, and I am a constituent from ZIP code 95113 in Assembly District 25.")
        .contains("Please support state grants")
        .endsWith("Thank you for your time.\n");
  }

  @Test
  void senatorsHaveAWashingtonOffice() {
    CallScript s =
        CallScript.compose(
            Officials.padilla(),
            TopicCatalog.bundled().get("response-times"),
            Position.CONCERN,
            Sender.EMPTY);
    assertThat(s.text())
        .contains(
            "District office (San Francisco): 415-981-9369",
            "Washington office (Washington): 202-224-3553");
    assertThat(s.spokenText()).startsWith("Hello, I am a constituent in California.");
  }

  @Test
  void everyScriptIsUnder150Words() {
    for (Person p : List.of(Officials.kalra(), Officials.padilla(), Officials.mahan())) {
      for (Topic t : TopicCatalog.bundled().all()) {
        for (Position pos : Position.values()) {
          String spoken = CallScript.compose(p, t, pos, CALLER).spokenText();
          assertThat(spoken.split("\\s+"))
              .as("%s %s %s", p.name(), t.id(), pos)
              .hasSizeLessThan(150);
        }
      }
    }
  }
}
