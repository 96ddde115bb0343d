package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages a new user met that read wrong (issue 14), each as the user saw it. */
class MessagesTest {

  @Test
  void aMistypedTopicSuggestsTheNearestOne() {
    Cli.Result r =
        Cli.run("letter", "--to", "CA-AD25", "--topic", "polce-staffing", "--name", "A B");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "dearrep: unknown topic 'polce-staffing': did you mean police-staffing?"
                + " (dearrep topics lists them all)");
    assertThat(Cli.run("topics", "show", "stret-lighting").err())
        .contains("did you mean street-lighting?");
  }

  @Test
  void aTopicFarFromEveryOneStillListsThemAll() {
    assertThat(Cli.run("topics", "show", "potholes").err())
        .contains("unknown topic 'potholes'; known topics: ", "police-staffing");
  }

  @Test
  void aMistypedPositionSuggestsTheNearestOne() {
    Cli.Result r =
        Cli.run("script", "--to", "CA-AD25", "--topic", "police-staffing", "--position", "suport");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "unknown position 'suport': did you mean support? use support, oppose or concern");
  }

  @Test
  void aStateNameWhereACodeBelongsSuggestsTheCode() {
    Cli.Result r =
        Cli.run("lookup", "--state", "Califonia", "--chamber", "lower", "--district", "25");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).containsIgnoringCase("unknown state 'Califonia': did you mean CA?");
  }

  @Test
  void aMistypedDistrictNameSuggestsTheNearestOne() {
    Cli.Result r = Cli.run("lookup", "MA-HD\"7th Hamden\"");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown district '7th Hamden': did you mean \"7th Hampden\"?");
  }

  @Test
  void nebraskasLegislatureIsNamedOnce() {
    Cli.Result r = Cli.run("lookup", "NE-LD99");
    assertThat(r.err().strip())
        .isEqualTo("dearrep: unknown district '99': Nebraska Legislature has districts 1–49");
  }

  @Test
  void aDistrictTypedWithSpacesIsTheDistrict() {
    for (String typed : new String[] {"CA AD 25", "ca ad25", "CA  AD 25"}) {
      Cli.Result r = Cli.run("lookup", typed);
      assertThat(r.exitCode()).as(typed + ": " + r.err()).isZero();
      assertThat(r.out()).contains("Ash Kalra");
    }
    assertThat(Cli.run("lookup", "CA 16").out()).contains("California's 16th");
  }

  @Test
  void topicsShowHeadsEachPositionInPlainWords() {
    String out = Cli.run("topics", "show", "police-staffing").out();
    assertThat(out).contains("If you support it:", "If you oppose it:", "If you are concerned:");
    assertThat(out).doesNotContain("If you concern:");
  }
}
