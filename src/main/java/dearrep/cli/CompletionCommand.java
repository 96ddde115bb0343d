package dearrep.cli;

import dearrep.completion.CompletionScripts;
import dearrep.model.ExitCode;
import dearrep.shell.Vocabulary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dearrep completion bash|zsh|fish}: a completion script generated from the commands. */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script for dearrep's commands, options, topic ids, state codes,"
          + " district short forms and formats.",
      "",
      "bash:  source <(dearrep completion bash)   (or save it as"
          + " ~/.local/share/bash-completion/completions/dearrep)",
      "zsh:   dearrep completion zsh > ~/.zfunc/_dearrep   (with ~/.zfunc in $fpath before"
          + " compinit; or source <(dearrep completion zsh) after compinit)",
      "fish:  dearrep completion fish > ~/.config/fish/completions/dearrep.fish",
      "",
      "An installed release puts these scripts where each shell looks for them."
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      defaultValue = "bash",
      description = "bash, zsh or fish (default: bash).")
  String shell;

  private final Session session;

  public CompletionCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    // The script covers every command, so it is built from the full command tree.
    CommandSpec all = Main.commandLine(session).getCommandSpec();
    Vocabulary words =
        new Vocabulary(() -> session.lookup(null).directory(), Vocabulary::bundledTopicIds);
    String script = CompletionScripts.script(shell, all, words.topics(), words.states());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
