package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code dearrep complete KIND PREFIX}: the words the completion scripts ask for while typing. */
class CompleteCommandTest {

  private static List<String> lines(String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().toList();
  }

  @Test
  void districtsOfAStateWithWhatTheyAre() {
    List<String> sd1 = lines("complete", "district", "CA-SD1");
    assertThat(sd1).first().isEqualTo("CA-SD1\tCalifornia Senate district 1");
    assertThat(sd1).hasSize(11).allMatch(l -> l.startsWith("CA-SD1"));
    assertThat(lines("complete", "district", "ca-ad2"))
        .contains("CA-AD25\tCalifornia Assembly district 25");
  }

  @Test
  void beforeAStateIsTypedTheStatesAreOffered() {
    assertThat(lines("complete", "district", "C")).contains("CA-", "CO-", "CT-");
  }

  @Test
  void namesTopicsAndStates() {
    assertThat(lines("complete", "name", "kal")).anyMatch(l -> l.startsWith("Ash Kalra\t"));
    assertThat(lines("complete", "topic", "police-s")).containsExactly("police-staffing");
    assertThat(lines("complete", "state", "W")).contains("WA", "WI", "WV", "WY");
  }

  @Test
  void unknownKindIsBadInputAndTheCommandIsHiddenFromHelp() {
    assertThat(Cli.run("complete", "planet", "x").exitCode()).isEqualTo(2);
    assertThat(Cli.run("--help").out()).doesNotContain("complete ");
  }
}
