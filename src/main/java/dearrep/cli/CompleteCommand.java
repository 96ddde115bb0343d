package dearrep.cli;

import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import dearrep.shell.Vocabulary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dearrep complete KIND PREFIX}, hidden: the words the completion scripts cannot list in
 * advance (district short forms of a state, people's names), one a line, a tab, then what it is.
 * The same words the interactive shell offers on Tab.
 */
@Command(name = "complete", hidden = true, description = "Completion words (for the scripts).")
final class CompleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "district, name, topic or state.")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PREFIX", defaultValue = "")
  String prefix;

  private final Session session;

  public CompleteCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Vocabulary words =
        new Vocabulary(() -> session.lookup(null).directory(), Vocabulary::bundledTopicIds);
    List<Vocabulary.Word> found =
        switch (kind) {
          case "district" -> districts(words);
          case "name" -> words.names(prefix);
          case "topic" -> plain(words.topics());
          case "state" -> plain(words.states());
          default ->
              throw DearrepException.badInput(
                  "unknown kind '" + kind + "': use district, name, topic or state");
        };
    PrintWriter out = spec.commandLine().getOut();
    String folded = prefix.toLowerCase(java.util.Locale.ROOT);
    for (Vocabulary.Word w : found) {
      if (kind.equals("name") || w.value().toLowerCase(java.util.Locale.ROOT).startsWith(folded)) {
        out.print(w.value());
        if (!w.description().isEmpty()) {
          out.print('\t');
          out.print(w.description());
        }
        out.print('\n');
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  /** Before a state is typed, the states themselves, each followed by a dash to go on. */
  private List<Vocabulary.Word> districts(Vocabulary words) {
    if (prefix.length() < 3) {
      return words.states().stream().map(s -> new Vocabulary.Word(s + "-", "", false)).toList();
    }
    return words.districts(prefix);
  }

  private static List<Vocabulary.Word> plain(List<String> values) {
    return values.stream().map(v -> new Vocabulary.Word(v, "", true)).toList();
  }
}
