package dearrep.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion: command names and options read from the picocli model, plus the domain's words
 * where an argument wants them (state codes, district short forms, names, topic ids) and file paths
 * for options that take a file.
 *
 * <p>The model is only read here. picocli's own {@code AutoComplete} (and the JLine completer built
 * on it) wraps the spec in a new {@code CommandLine}, which rebinds every command's output to
 * {@code System.out} behind the shell's back.
 */
final class ShellCompleter implements Completer {

  private final CommandSpec root;
  private final Completer files = new Completers.FileNameCompleter();
  private final Vocabulary vocabulary;

  ShellCompleter(CommandSpec root, Vocabulary vocabulary) {
    this.root = root;
    this.vocabulary = vocabulary;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    try {
      completeWords(reader, line, candidates);
    } catch (RuntimeException e) {
      // Completion is a help, never a failure: a broken data file must not end the shell.
    }
  }

  private void completeWords(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    int index = line.wordIndex();
    String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
    CommandSpec command = commandOf(words, index);
    String previous = index > 0 ? words.get(index - 1) : "";
    OptionSpec option = previous.startsWith("-") ? command.findOption(previous) : null;
    if (option != null && option.arity().min() > 0) {
      if (takesFile(option)) {
        files.complete(reader, line, candidates);
      } else if (!domain(option.longestName(), word, candidates)) {
        option.completionCandidates().forEach(c -> candidates.add(candidate(c, null, true)));
      }
      return;
    }
    if (word.startsWith("-")) {
      for (OptionSpec o : command.options()) {
        if (!o.hidden()) {
          String about = o.description().length > 0 ? o.description()[0] : null;
          for (String name : o.names()) {
            candidates.add(candidate(name, about, o.arity().max() == 0));
          }
        }
      }
      return;
    }
    command
        .subcommands()
        .forEach(
            (name, sub) -> {
              var usage = sub.getCommandSpec().usageMessage();
              if (!usage.hidden()) {
                candidates.add(
                    candidate(
                        name,
                        usage.description().length > 0 ? usage.description()[0] : null,
                        true));
              }
            });
    if (index > 0) {
      positional(command, word, candidates);
    }
  }

  /** The deepest subcommand named by the words before the cursor. */
  private CommandSpec commandOf(List<String> words, int index) {
    CommandSpec spec = root;
    for (int i = 0; i < index; i++) {
      CommandLine sub = spec.subcommands().get(words.get(i));
      if (sub != null) {
        spec = sub.getCommandSpec();
      }
    }
    return spec;
  }

  private static boolean takesFile(OptionSpec option) {
    Class<?> type = option.type();
    return type == Path.class || type == File.class;
  }

  /** Candidates for an option's value; false when the domain knows nothing about it. */
  private boolean domain(String option, String word, List<Candidate> candidates) {
    switch (option) {
      case "--topic" -> topics(candidates);
      case "--state" -> vocabulary.states().forEach(s -> candidates.add(candidate(s, null, true)));
      case "--name" -> vocabulary.names(word).forEach(w -> candidates.add(candidate(w)));
      case "--to" -> places(word, candidates);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void positional(CommandSpec command, String word, List<Candidate> candidates) {
    switch (command.qualifiedName(" ").replaceFirst("^\\S+ ?", "")) {
      case "lookup", "letter", "script" -> places(word, candidates);
      case "topics show" -> topics(candidates);
      default -> {}
    }
  }

  private void places(String word, List<Candidate> candidates) {
    new Places(vocabulary).complete(word, candidates);
  }

  /** A state code, then its district short forms once "ST-" is typed. */
  record Places(Vocabulary vocabulary) {
    void complete(String word, List<Candidate> candidates) {
      if (word.length() >= 3 && word.charAt(2) == '-') {
        vocabulary.districts(word).forEach(w -> candidates.add(candidate(w)));
        return;
      }
      for (String st : vocabulary.states()) {
        candidates.add(candidate(st, "statewide", true));
        if (word.length() == 2 && st.equalsIgnoreCase(word)) {
          candidates.add(candidate(st + "-", "a district of " + st, false));
        }
      }
    }
  }

  private void topics(List<Candidate> candidates) {
    vocabulary.topics().forEach(t -> candidates.add(candidate(t, null, true)));
  }

  private static Candidate candidate(Vocabulary.Word w) {
    return new Candidate(w.value(), w.display(), null, w.description(), null, null, w.complete());
  }

  private static Candidate candidate(String value, String description, boolean complete) {
    return new Candidate(value, value, null, description, null, null, complete);
  }
}
