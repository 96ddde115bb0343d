package dearrep.completion;

import dearrep.model.DearrepException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Completion scripts for dearrep, generated from picocli's model of its commands so they never
 * drift from {@code --help}. Topic ids and state codes are written into the script; district short
 * forms and people's names are asked of {@code dearrep complete district|name PREFIX} while typing.
 */
public final class CompletionScripts {

  /** The shells a script can be made for. */
  public static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  private CompletionScripts() {}

  /**
   * The script for {@code shell}.
   *
   * @param shell bash, zsh or fish
   * @param top the top command, with every subcommand registered
   * @param topics topic ids to offer after {@code --topic}
   * @param states state codes to offer after {@code --state}
   * @throws DearrepException (bad input) for any other shell
   */
  public static String script(
      String shell, CommandSpec top, List<String> topics, List<String> states) {
    List<CommandTree.Node> tree = CommandTree.of(top, topics, states);
    String name = top.name();
    return switch (shell) {
      case "bash" -> BashScript.render(name, tree);
      case "zsh" -> ZshScript.render(name, tree);
      case "fish" -> FishScript.render(name, tree);
      default ->
          throw DearrepException.badInput(
              "unknown shell '" + shell + "': use " + String.join(", ", SHELLS));
    };
  }

  /** {@code s} as one single-quoted word for sh, bash, zsh and fish. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The fish form: fish has no '\'' idiom but accepts \' inside single quotes. */
  static String fishQuote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /**
   * A value's spec word as the bash and zsh runtimes read it: {@code words:a b c}, {@code file}.
   */
  static String spec(Value v) {
    return switch (v.kind()) {
      case WORDS -> "words:" + String.join(" ", v.words());
      default -> v.dynamicName();
    };
  }
}
