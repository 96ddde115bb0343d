package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** For a query with a place, the office nearest the user comes first (real bundle). */
class NearestOfficeFirstTest {

  private static final String PADILLA = "bioguide:P000145";
  private static final String SCHUMER = "bioguide:S000148";

  @Test
  void aSanJoseZipListsPadillasSanFranciscoNumber() {
    String out = Cli.run("lookup", "--zip", "95113", "--no-color").out();
    assertThat(out).contains("Senator Alex Padilla · 415-981-9369").doesNotContain("559-497-5109");
  }

  @Test
  void aSanJoseCallerDialsSanFranciscoBeforeFresno() {
    String script =
        Cli.run(
                "script",
                "--to",
                PADILLA,
                "--topic",
                "police-staffing",
                "--name",
                "Ana",
                "--zip",
                "95113")
            .out();
    assertThat(script.indexOf("District office (San Francisco)"))
        .isPositive()
        .isLessThan(script.indexOf("District office (Fresno)"));
    assertThat(script.lines().filter(l -> l.contains("office (")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("San Francisco"));
  }

  @Test
  void aManhattanZipListsSchumersNewYorkCityOfficeFirst() {
    String out = Cli.run("lookup", "--zip", "10027", "--no-color").out();
    assertThat(out).contains("Senator Charles E. Schumer · 212-486-4430");
    String script =
        Cli.run(
                "script",
                "--to",
                SCHUMER,
                "--topic",
                "police-staffing",
                "--name",
                "Ana",
                "--zip",
                "10027")
            .out();
    assertThat(script.lines().filter(l -> l.contains("office (")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("District office (New York)"));
    assertThat(script.indexOf("(New York)")).isLessThan(script.indexOf("(Rochester)"));
  }

  @Test
  void withoutAPlaceTheSourceOrderStands() {
    // no ZIP, so no place to sort by; --not-constituent because, without a place, the caller's
    // standing cannot be checked (issue 12)
    Cli.Result r =
        Cli.run(
            "script",
            "--to",
            PADILLA,
            "--topic",
            "police-staffing",
            "--name",
            "Ana",
            "--not-constituent");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String script = r.out();
    assertThat(script).contains("(Fresno)", "(San Francisco)");
    assertThat(script.indexOf("(Fresno)")).isLessThan(script.indexOf("(San Francisco)"));
  }
}
