package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.data.CurrentRoles;
import dearrep.lookup.Directory;
import dearrep.model.Person;
import dearrep.model.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 over the real bundle, on the build's injected day (2026-11-30): who holds each office
 * today, how ended terms are marked, honest dates and vacancies, and the election notice.
 */
class WhoHoldsTheOfficeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = "2026-11-30";

  @AfterEach
  void restoreToday() {
    System.setProperty("dearrep.today", TODAY);
  }

  /** NV has two governors upstream (Sisolak ended 2023-01-02); the others keep only the former. */
  @ParameterizedTest
  @CsvSource({
    "NV, Joe Lombardo, false",
    "NC, Roy Cooper, true",
    "NJ, Phil Murphy, true",
    "VA, Glenn Youngkin, true",
    "NH, Chris Sununu, true",
    "PR, Pedro Pierluisi, true"
  })
  void aStateHasExactlyOneGovernorTheNewestInTheData(String state, String name, boolean ended)
      throws Exception {
    Cli.Result r = Cli.run("lookup", state, "--json");
    List<JsonNode> governors = new ArrayList<>();
    for (JsonNode m : JSON.readTree(r.out()).get("members")) {
      if (m.get("role").get("type").asText().equals("governor")) {
        governors.add(m);
      }
    }
    assertThat(governors).hasSize(1);
    assertThat(governors.get(0).get("person").get("name").asText()).isEqualTo(name);
    assertThat(governors.get(0).get("role").get("roleStatus").asText())
        .isEqualTo(ended ? Role.TERM_ENDED : Role.CURRENT);

    String text = Cli.run("lookup", state, "--no-color").out();
    assertThat(text).contains(name);
    if (ended) {
      assertThat(text)
          .containsPattern("term ended \\d{4}-\\d\\d-\\d\\d per the source; may be out of date");
    }
  }

  @Test
  void aFormerOfficialsIdSaysSoAndWhereToLook() {
    Cli.Result r = Cli.run("show", "ocd-person/7697f67a-9050-4e1d-9640-3710b6a53603");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().strip())
        .isEqualTo(
            "dearrep: Steve Sisolak is not in office today: the data's last role for them,"
                + " Governor, State of Nevada, ended 2023-01-02; see who holds it with `dearrep"
                + " lookup ocd-division/country:us/state:nv`");
    assertThat(Cli.run("show", "ocd-person/00000000-0000-0000-0000-000000000000").err())
        .contains("no person with id");
  }

  @Test
  void sisolakIsGoneAndNewsomIsMarkedByTheRule() {
    assertThat(Cli.run("lookup", "NV").out()).doesNotContain("Sisolak");
    // Newsom's record says his term ended 2026-01-01 (stale after his re-election) and nobody
    // newer holds the seat in the data: shown, marked.
    String ca = Cli.run("lookup", "CA", "--no-color").out();
    assertThat(ca)
        .contains("Gavin Newsom")
        .contains("term ended 2026-01-01 per the source; may be out of date");
    assertThat(
            Cli.run("show", "ocd-person/19e0dbe3-0e2d-4dec-b5dd-c34618cdc2c3", "--no-color").out())
        .containsPattern("Term ended +2026-01-01");
  }

  @Test
  void zip94102HasOneMayorDanielLurie() {
    String out = Cli.run("lookup", "--zip", "94102", "--no-color").out();
    assertThat(count(out, "Mayor Daniel Lurie")).isEqualTo(1);
    assertThat(out).doesNotContain("London Breed");
  }

  @Test
  void zip78701HasOneKirkWatson() {
    String out = Cli.run("lookup", "--zip", "78701", "--no-color").out();
    assertThat(count(out, "Kirk Watson")).isEqualTo(1);
    assertThat(out).doesNotContain("term ended");
  }

  @Test
  void senatorsWhoseTermsEndedAreNotShown() {
    assertThat(Cli.run("lookup", "OH").out()).doesNotContain("Husted");
    assertThat(Cli.run("lookup", "FL").out()).doesNotContain("Moody");
    assertThat(Cli.run("lookup", "--name", "husted").exitCode()).isEqualTo(3);
  }

  @Test
  void nameCompletionAndSearchOfferOnlyWhoIsShownToday() {
    // the shell completes names from the index: former holders are not in it today
    List<String> names =
        Directory.bundled().index().stream().map(Directory.IndexEntry::name).toList();
    assertThat(names).contains("Daniel Lurie", "Gavin Newsom").doesNotContain("London Breed");
    assertThat(names.stream().filter(n -> n.equals("Kirk Watson"))).hasSize(1);
    assertThat(Cli.run("lookup", "--name", "london breed").exitCode()).isEqualTo(3);
    // on a day before her term ended she was still in the index (the rule moves with the clock)
    System.setProperty("dearrep.today", "2022-06-01");
    assertThat(Directory.bundled().index().stream().map(Directory.IndexEntry::name))
        .contains("Steve Sisolak");
  }

  @Test
  void driscollIsWrittenToOnceByLetterToMassachusetts(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws java.io.IOException {
    Path dir = tmp.resolve("ma");
    Cli.Result r =
        Cli.run(
            "letter",
            "--to",
            "MA",
            // every statewide official: policing concerns the governor and the attorney general
            // only (issue 12), and the point here is the lieutenant governor's two records
            "--all-statewide",
            "--topic",
            "police-staffing",
            "--name",
            "Ana Diaz",
            "--street",
            "1 Main St",
            "--city",
            "Boston",
            "--state",
            "MA",
            "--zip",
            "02108",
            "--email",
            "ana@example.org",
            // e-mail drafts: the attorney general has no postal address in the data, which
            // refuses a paper letter to all of them
            "--format",
            "eml",
            "-o",
            dir + "/");
    assertThat(r.exitCode()).as(r.err()).isZero();
    StringBuilder all = new StringBuilder();
    List<String> driscoll = new ArrayList<>();
    try (var files = java.nio.file.Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String text = java.nio.file.Files.readString(f);
        all.append(text);
        if (text.contains("Driscoll")) {
          driscoll.add(f.getFileName().toString());
        }
      }
    }
    assertThat(driscoll).as(all.toString()).hasSize(1);
    assertThat(count(all.toString(), "Driscoll:")).as(all.toString()).isEqualTo(1);
  }

  @Test
  void kalrasCardSaysSinceAtLeastAndListsDistrict27() {
    String card = Cli.run("show", "ocd-person/820619fd-d053-4915-b099-1d134a880228").out();
    assertThat(card)
        .containsPattern("In office since +at least 2022-12-05")
        .containsPattern("Earlier role +Assemblymember, California State Assembly, District 27")
        .doesNotContain("First took office");
  }

  @Test
  void aVacancyWhoseDateHasPassedSaysASuccessorMayHaveTakenOffice() throws Exception {
    Cli.Result r = Cli.run("lookup", "AR-HD44", "--no-color");
    assertThat(r.out())
        .contains("vacancy listed until 2026-09-01; a successor may have taken office")
        .doesNotContain("(vacant until 2026-09-01)");
    JsonNode json = JSON.readTree(Cli.run("lookup", "AR-HD44", "--json").out());
    assertThat(json.get("notes").get(0).asText()).contains("a successor may have taken office");
  }

  @Test
  void anAnswerWithOnlyAVacancyStillSaysHowOldItsDataIs() throws Exception {
    // the vacancy comes from the Open States people data's settings: its snapshot is the answer's
    assertThat(Cli.run("lookup", "GA-HD177", "--no-color").out())
        .contains("Vacant seat")
        .contains("People data: openstates-people of 2026-08-05.");
    JsonNode json = JSON.readTree(Cli.run("lookup", "GA-HD177", "--json").out());
    assertThat(json.path("members").size()).isZero();
    assertThat(json.get("dataSnapshots").get(0).get("dataset").asText())
        .isEqualTo("openstates-people");
    assertThat(json.get("dataSnapshots").get(0).get("snapshotDate").asText())
        .isEqualTo("2026-08-05");
  }

  @Test
  void ca1SaysTheSourcesDisagree() {
    String out = Cli.run("lookup", "CA-1", "--no-color").out();
    assertThat(out)
        .contains("James Gallagher")
        .contains("Vacant seat (vacant until 2027-01-01)")
        .contains("The sources disagree about this seat")
        .contains("No office, phone or web site in the source data");
  }

  @Test
  void theElectionNoticeAppearsAfterTheElectionAndNotBefore() throws Exception {
    Cli.Result after = Cli.run("lookup", "CA-16", "--no-color");
    assertThat(after.out()).contains("People data: congress-legislators of 2026-06-15.");
    assertThat(after.err().replace('\n', ' '))
        .contains("predates the general election of 2026-11-03")
        .contains("term ends 2027-01-03: Representative Liccardo");
    JsonNode json = JSON.readTree(Cli.run("lookup", "CA-16", "--json").out());
    assertThat(json.get("dataSnapshots").get(0).get("snapshotDate").asText())
        .isEqualTo("2026-06-15");
    assertThat(json.get("notices").get(0).asText()).contains("general election of 2026-11-03");

    System.setProperty("dearrep.today", "2026-11-02");
    Cli.Result before = Cli.run("lookup", "CA-16", "--no-color");
    assertThat(before.out()).contains("People data: congress-legislators of 2026-06-15.");
    assertThat(before.err()).doesNotContain("general election");
  }

  @Test
  void everyShownRoleIsCurrentOrMarkedAndEverySingleSeatHasOneHolder() {
    Directory dir = Directory.bundled();
    CurrentRoles rule = dir.current();
    assertThat(rule.today()).isEqualTo(LocalDate.parse(TODAY));
    int marked = 0;
    for (String state : dir.stateCodes()) {
      Map<String, List<String>> holders = new HashMap<>();
      for (Person p : dir.state(state).people()) {
        for (Role r : p.roles()) {
          assertThat(r.roleStatus()).as(p.name()).isIn(Role.CURRENT, Role.TERM_ENDED);
          if (r.termEnded()) {
            marked++;
            assertThat(CurrentRoles.seatOf(r))
                .as(p.name() + " ended but not a single seat")
                .isNotNull();
          } else {
            assertThat(rule.isCurrent(r.endDate())).as(p.name()).isTrue();
          }
          String seat = CurrentRoles.seatOf(r);
          if (seat != null && state.equals(r.state())) {
            holders.computeIfAbsent(seat, k -> new ArrayList<>()).add(p.name());
          }
        }
      }
      holders.forEach((seat, names) -> assertThat(names).as(seat).hasSize(1));
    }
    assertThat(marked).isPositive();
  }

  @Test
  void dataCheckCountsWhatMayBeOutOfDateAndStrictMakesItAnError() throws Exception {
    Cli.Result r = Cli.run("data", "check", "--no-color");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .containsPattern("ended-role-shown +\\d+")
        .containsPattern("past-vacancy-date +11\\b")
        .containsPattern("duplicate-person +[1-9]")
        .containsPattern("sources-disagree +[1-9]")
        .containsPattern("office-without-phone-or-address +[1-9]")
        .contains("Roy Cooper: term ended 2025-01-01 per the source");
    JsonNode counts = JSON.readTree(Cli.run("data", "check", "--json").out()).get("counts");
    assertThat(counts.get("ended-role-shown").asInt()).isPositive();
    assertThat(counts.get("past-vacancy-date").asInt()).isEqualTo(11);

    Cli.Result strict = Cli.run("data", "check", "--strict", "--errors-only", "--no-color");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("error  AR").contains("past-vacancy-date");
  }

  private static int count(String text, String word) {
    Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
