package dearrep.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;

/**
 * Asks questions on the shell's terminal, one line each, with a default taken on an empty answer
 * and completion of its own. Ctrl-C throws {@link Cancelled}; Ctrl-D throws {@link Leave}. Answers
 * do not go into the shell's history.
 */
final class Prompter {

  /** The user pressed Ctrl-C: drop what was asked so far and go back to the prompt. */
  static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  /** The user pressed Ctrl-D: leave the shell. */
  static final class Leave extends RuntimeException {
    Leave() {
      super("leave", null, false, false);
    }
  }

  private final Terminal terminal;
  private final LineReader reader;
  private Completer current = NullCompleter.INSTANCE;

  Prompter(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .completer((r, line, candidates) -> current.complete(r, line, candidates))
            .variable(LineReader.DISABLE_HISTORY, true)
            .option(LineReader.Option.CASE_INSENSITIVE, true)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
  }

  /** One answer; {@code fallback} when the answer is empty (shown in brackets when not empty). */
  String ask(String question, String fallback, Completer completer) {
    String shown = fallback == null || fallback.isEmpty() ? "" : " [" + fallback + "]";
    String answer = read(question + shown + ": ", completer).strip();
    return answer.isEmpty() && fallback != null ? fallback : answer;
  }

  String ask(String question, String fallback) {
    return ask(question, fallback, NullCompleter.INSTANCE);
  }

  /** Asks until the answer passes {@code valid}; {@code why} explains a refused answer. */
  String require(
      String question, String fallback, Completer completer, Predicate<String> valid, String why) {
    while (true) {
      String answer = ask(question, fallback, completer);
      if (valid.test(answer)) {
        return answer;
      }
      say(why);
    }
  }

  /** One of a few words (case-insensitive), offered by completion. */
  String choose(String question, List<String> choices, String fallback) {
    String answer =
        require(
            question + " (" + String.join("/", choices) + ")",
            fallback,
            new StringsCompleter(choices),
            a -> choices.contains(a.toLowerCase(Locale.ROOT)),
            "Please answer one of: " + String.join(", ", choices) + ".");
    return answer.toLowerCase(Locale.ROOT);
  }

  /** Lines until an empty one; none when the first line is empty. */
  List<String> lines(String question) {
    say(question);
    List<String> lines = new ArrayList<>();
    while (true) {
      String line = read("> ", NullCompleter.INSTANCE);
      if (line.isBlank()) {
        return lines;
      }
      lines.add(line.stripTrailing());
    }
  }

  /** Columns of the terminal. */
  int width() {
    return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
  }

  void say(String text) {
    terminal.writer().println(text);
    terminal.writer().flush();
  }

  private String read(String prompt, Completer completer) {
    current = completer == null ? NullCompleter.INSTANCE : completer;
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new Cancelled();
    } catch (EndOfFileException e) {
      throw new Leave();
    }
  }
}
