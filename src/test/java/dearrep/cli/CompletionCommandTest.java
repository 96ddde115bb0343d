package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scripts {@code dearrep completion SHELL} prints. Each shell runs its script for real in
 * {@code CompletionShellIT}; here, what each script is made of.
 */
class CompletionCommandTest {

  @Test
  void bashScriptHasEveryCommandOptionAndTheBundledTopics() {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("complete -F _dearrep dearrep")
        .contains(
            "['/']='lookup show data topics letter script profile batch shell completion help'")
        .contains("['/data']='info check import update'") // data update (issue 14)
        .contains("['/letter --topic']='words:")
        .contains("police-staffing")
        .contains("['/lookup #0']='district'")
        .doesNotContain("completion complete"); // the hidden command is not offered
  }

  @Test
  void zshScriptIsNativeCompsysNotTheBashScript() {
    Cli.Result r = Cli.run("completion", "zsh");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("#compdef dearrep\n")
        .contains("_describe -t commands command list")
        .contains("compdef _dearrep dearrep")
        .contains("_dearrep_optdesc+=('/lookup' ")
        .doesNotContain("complete -F")
        .doesNotContain("bashcompinit");
  }

  @Test
  void fishScriptCompletesSubcommandsOptionsAndValues() {
    Cli.Result r = Cli.run("completion", "fish");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("complete -c dearrep -n '__dearrep_at / 0' -a lookup -d ")
        .contains("-l topic -d ")
        .contains("-l state -d ")
        .contains("(__dearrep_ask district)")
        .doesNotContain("complete -F");
  }

  @Test
  void stateCodesAndFormatsAreInTheScript() {
    String bash = Cli.run("completion", "bash").out();
    assertThat(bash).containsPattern("\\['/profile/set --state'\\]='words:[A-Z ]*CA[A-Z ]*WY");
    assertThat(bash).contains("['/letter --format']='words:txt md html pdf eml'");
  }

  @Test
  void unknownShellIsBadInput() {
    Cli.Result r = Cli.run("completion", "tcsh");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown shell 'tcsh': use bash, zsh, fish");
  }
}
