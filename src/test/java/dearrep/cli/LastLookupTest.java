package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers from a lookup on one command line work on the next one: each run is a new process (a new
 * session here) sharing only the state folder.
 */
class LastLookupTest {

  @TempDir Path state;

  private Session nextCommandLine() {
    return new Session(new LastLookup(state.resolve("last-lookup")));
  }

  @Test
  void letterTenAfterAZipLookupOnAnEarlierCommandLine() throws Exception {
    Session first = nextCommandLine();
    assertThat(Cli.run(first, "lookup", "--zip", "95112").exitCode()).isZero();
    List<Person> listed = first.lastResults();
    assertThat(listed).hasSizeGreaterThanOrEqualTo(10);
    assertThat(Files.readAllLines(state.resolve("last-lookup")))
        .containsExactlyElementsOf(listed.stream().map(Person::id).toList());

    Cli.Result letter =
        Cli.run(
            nextCommandLine(),
            "letter",
            "10",
            "--topic",
            "police-staffing",
            "--name",
            "José Peña",
            "--zip",
            "95113");
    assertThat(letter.exitCode()).as(letter.err()).isZero();
    assertThat(letter.out()).contains(listed.get(9).familyName() + ":");
    Cli.Result show = Cli.run(nextCommandLine(), "show", "1", "--json");
    assertThat(show.out()).contains("\"id\" : \"" + listed.get(0).id() + "\"");
  }

  @Test
  void aLaterLookupRenumbers() {
    Cli.run(nextCommandLine(), "lookup", "CA");
    Cli.run(nextCommandLine(), "lookup", "CA-AD25");
    Cli.Result r = Cli.run(nextCommandLine(), "show", "1");
    assertThat(r.out()).contains("Ash Kalra");
    Cli.Result beyond = Cli.run(nextCommandLine(), "show", "2");
    assertThat(beyond.exitCode()).isEqualTo(2);
    assertThat(beyond.err()).contains("the last lookup listed one person: pick 1");
  }

  @Test
  void theHelpSaysWhereTheNumbersAreKept() {
    assertThat(Cli.run("letter", "--help").out().replaceAll("\\s+", " "))
        .contains("a number from the last lookup (kept in $XDG_STATE_HOME/dearrep/last-lookup");
  }
}
