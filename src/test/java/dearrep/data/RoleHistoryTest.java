package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.data.RoleHistory.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHistoryTest {

  @Test
  void contiguousTermsOfTheSameKindChain() {
    Term t1 = new Term("rep", "2021-01-03", "2023-01-03");
    Term t2 = new Term("rep", "2023-01-03", "2025-01-03");
    Term t3 = new Term("rep", "2025-01-03", "2027-01-03");
    assertThat(RoleHistory.since(t3, List.of(t1, t2, t3))).isEqualTo("2021-01-03");
  }

  @Test
  void aBreakOrAnotherKindStopsTheChain() {
    Term house = new Term("rep", "2013-01-03", "2019-01-03");
    Term senate = new Term("sen", "2019-01-03", "2025-01-03");
    Term again = new Term("rep", "2025-01-03", "2027-01-03");
    assertThat(RoleHistory.since(again, List.of(house, senate, again))).isEqualTo("2025-01-03");
    assertThat(RoleHistory.since(senate, List.of(house, senate, again))).isEqualTo("2019-01-03");
  }

  @Test
  void unknownStartOfTheChainIsUnknown() {
    Term old = new Term("lower|ca", null, "2022-12-05");
    Term now = new Term("lower|ca", "2022-12-05", null);
    assertThat(RoleHistory.since(now, List.of(old, now))).isNull();
  }

  @Test
  void termsWithEqualDatesDoNotLoop() {
    Term a = new Term("x", "2020-01-01", "2020-01-01");
    Term b = new Term("x", "2020-01-01", "2020-01-01");
    assertThat(RoleHistory.since(b, List.of(a, b))).isEqualTo("2020-01-01");
  }

  @Test
  void firstStartIsTheEarliestWhenEveryTermIsDated() {
    assertThat(
            RoleHistory.firstStart(
                List.of(new Term("a", "2021-01-04", "2023"), new Term("b", "2019-05-01", null))))
        .isEqualTo("2019-05-01");
  }

  @Test
  void firstStartIsUnknownWhenATermHasNoStart() {
    // the undated term may be the earliest (Ash Kalra's District 27 seat): say nothing
    assertThat(
            RoleHistory.firstStart(
                List.of(new Term("a", null, "2020"), new Term("b", "2019-05-01", null))))
        .isNull();
  }
}
