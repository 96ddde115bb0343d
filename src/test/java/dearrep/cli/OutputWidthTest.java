package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shell lays command output out to its terminal's width. */
class OutputWidthTest {

  @Test
  void aNarrowTerminalWrapsAddressesWithoutCuttingThem() {
    Session session = new Session();
    session.useWidth(() -> 60);
    String out = Cli.run(session, "lookup", "CA-AD25").out();
    // Only a value with no space to break at (a person id) may run past the edge.
    assertThat(out.lines().filter(l -> !l.contains("ocd-person/")))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
    assertThat(out.replaceAll("\\s+", " "))
        .contains("111 W. Saint John St. Suite 1150, San Jose, CA 95113");
  }
}
