package dearrep.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Level;
import dearrep.model.Person;
import dearrep.model.Provenance;
import dearrep.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshnessTest {

  @ParameterizedTest
  @CsvSource({
    "2020, 2020-11-03",
    "2022, 2022-11-08",
    "2024, 2024-11-05",
    "2026, 2026-11-03",
    "2028, 2028-11-07",
    "2030, 2030-11-05"
  })
  void theGeneralElectionIsTheFirstTuesdayAfterTheFirstMondayOfNovember(int year, String day) {
    assertThat(Freshness.generalElection(year)).isEqualTo(LocalDate.parse(day));
  }

  @ParameterizedTest
  @CsvSource({
    // snapshot, today, notice expected
    "2026-06-15, 2026-11-30, true",
    "2026-06-15, 2026-11-03, false", // election day itself: not yet after it
    "2026-11-10, 2026-11-30, false", // a snapshot taken after the election
    "2026-06-15, 2027-03-01, true",
    "2025-06-15, 2025-12-01, false" // odd year: the last general election was 2024's
  })
  void theNoticeAppearsOnlyWhenTheSnapshotPredatesAnElectionThatHasPassed(
      String snapshot, String today, boolean expected) {
    Person p =
        new Person(
            "bioguide:X",
            "Pat Example",
            "Pat",
            "Example",
            null,
            null,
            null,
            List.of(
                new Role(
                    "lower",
                    Level.FEDERAL,
                    "Representative",
                    "United States House",
                    "CA",
                    "16",
                    "ocd-division/country:us/state:ca/cd:16",
                    "ocd-jurisdiction/country:us/government",
                    "2025-01-03",
                    "2027-01-03",
                    "2025-01-03")),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            null,
            List.of(),
            new Provenance("congress-legislators", snapshot),
            List.of());
    Freshness f = Freshness.ofPeople(List.of(p), LocalDate.parse(today));
    assertThat(f.snapshotLine()).hasValue("People data: congress-legislators of " + snapshot + ".");
    assertThat(f.notice().isPresent()).isEqualTo(expected);
    f.notice()
        .ifPresent(n -> assertThat(n).contains("term ends 2027-01-03: Representative Example"));
  }
}
