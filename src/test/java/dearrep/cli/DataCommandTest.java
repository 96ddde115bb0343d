package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dearrep data info} and {@code data check} over the bundle. */
class DataCommandTest {

  @Test
  void infoListsSourcesWithCommitsSnapshotsAndCounts() {
    Cli.Result r = Cli.run("data", "info", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("openstates-people")
        .contains("934bf09a94a3")
        .contains("2026-08-05")
        .contains("congress-legislators")
        .contains("valid to  2027-01-03")
        .contains("GeoNames")
        .containsPattern("CA +federal +5[0-9]  state +1[0-9]{2}");
  }

  @Test
  void checkFindsNoErrorsInTheBundle() {
    Cli.Result r = Cli.run("data", "check", "--errors-only");
    assertThat(r.out()).contains("0 errors");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void checkReportsMissingFactsWithTheRecordId() {
    Cli.Result r = Cli.run("data", "check");
    assertThat(r.out())
        .containsPattern("warning  [A-Z]{2}  \\S+  no e-mail address or contact form");
  }
}
