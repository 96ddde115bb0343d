package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A letter or script to a person listed by the last lookup, by number. */
class LetterByNumberTest {

  @Test
  void letterTwoAfterALookupWritesToTheSecondPersonListed() {
    Session session = new Session();
    Cli.run(session, "lookup", "CA");
    String second = session.lastResults().get(1).familyName();
    Cli.Result r =
        Cli.run(
            session,
            "letter",
            "2",
            "--topic",
            "police-staffing",
            "--name",
            "José Peña",
            "--zip",
            "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Dear Senator " + second + ":");
  }

  @Test
  void aDistrictAsTheFirstArgumentWorksLikeTo() {
    Cli.Result positional =
        Cli.run(
            "script",
            "CA-AD25",
            "--topic",
            "street-lighting",
            "--name",
            "Zoë Ångström",
            "--zip",
            "95113");
    Cli.Result option =
        Cli.run(
            "script",
            "--to",
            "CA-AD25",
            "--topic",
            "street-lighting",
            "--name",
            "Zoë Ångström",
            "--zip",
            "95113");
    assertThat(positional.exitCode()).isZero();
    assertThat(positional.out()).isEqualTo(option.out()).contains("408-286-2535");
  }

  @Test
  void recipientMissingOrGivenTwiceIsBadInput() {
    assertThat(Cli.run("letter", "--topic", "police-staffing", "--name", "A B").exitCode())
        .isEqualTo(2);
    Cli.Result twice =
        Cli.run("letter", "CA-16", "--to", "CA-17", "--topic", "police-staffing", "--name", "A B");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("give the recipient once");
  }
}
