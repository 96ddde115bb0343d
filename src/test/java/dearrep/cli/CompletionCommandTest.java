package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

  @Test
  void bashScriptCompletesEveryCommandAndItsOptions() {
    Cli.Result r = Cli.run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("complete -F _complete_dearrep")
        .contains("lookup")
        .contains("letter")
        .contains("--topic")
        .contains("--zip");
  }

  @Test
  void unknownShellIsBadInput() {
    assertThat(Cli.run("completion", "fish").exitCode()).isEqualTo(2);
  }
}
