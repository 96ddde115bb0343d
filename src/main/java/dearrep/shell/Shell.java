package dearrep.shell;

import dearrep.lookup.Directory;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/**
 * The interactive shell: reads lines with JLine (editing, history, reverse search, completion) and
 * runs each one through the same picocli command line as {@code dearrep} itself, so every command
 * behaves exactly as outside the shell and shares the session ({@code show 2}).
 *
 * <p>{@code exit}, {@code quit} or Ctrl-D leave; Ctrl-C drops the line being typed; an error prints
 * one line and returns to the prompt.
 */
public final class Shell implements AutoCloseable {

  static final String WELCOME =
      "dearrep shell: type help for commands, Tab to complete, exit or Ctrl-D to leave.";

  private final Terminal terminal;
  private final CommandLine commands;
  private final LineReader reader;
  private final GuidedLetter guidedLetter;
  private final boolean colors;

  Shell(
      Terminal terminal,
      CommandLine commands,
      Vocabulary vocabulary,
      Supplier<List<Person>> lastListed,
      Path history,
      Function<String, String> environment) {
    this.terminal = terminal;
    this.commands = commands;
    this.colors = colorsFor(terminal, environment.apply("NO_COLOR"));
    createParent(history);
    this.reader =
        LineReaderBuilder.builder()
            .appName("dearrep")
            .terminal(terminal)
            .parser(parser())
            .completer(new ShellCompleter(commands.getCommandSpec(), vocabulary))
            .variable(LineReader.HISTORY_FILE, history)
            .variable(LineReader.HISTORY_SIZE, 2000)
            .variable(LineReader.HISTORY_FILE_SIZE, 2000)
            .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
            .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
            .option(LineReader.Option.CASE_INSENSITIVE, true)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    this.guidedLetter = new GuidedLetter(new Prompter(terminal), vocabulary, lastListed, commands);
    commands.setOut(terminal.writer());
    commands.setErr(terminal.writer());
    commands.setUsageHelpWidth(Math.max(55, Math.min(width(), 120)));
    commands.setParameterExceptionHandler(new OneLineUsage(colors));
  }

  /**
   * A shell on the process's own terminal. The terminal is opened while the commands are built, on
   * the machine's other core: both take a noticeable part of start-up.
   *
   * @param commands builds the command line ({@code Main.commandLine}) for this session
   * @param directory the officials and divisions the commands use, for completion
   * @param lastListed the people the session's last lookup listed ("letter" asks for a number)
   */
  public static Shell onSystemTerminal(
      Supplier<CommandLine> commands,
      Supplier<Directory> directory,
      Supplier<List<Person>> lastListed) {
    long start = System.nanoTime();
    CompletableFuture<Terminal> opening = CompletableFuture.supplyAsync(Shell::systemTerminal);
    CommandLine built = commands.get();
    Terminal terminal;
    try {
      terminal = opening.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    if (Boolean.getBoolean("dearrep.timing")) {
      System.err.printf(
          "timing: %s and commands ready in %d ms%n",
          terminal.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
    }
    return new Shell(
        terminal,
        built,
        new Vocabulary(directory, Vocabulary::bundledTopicIds),
        lastListed,
        historyFile(),
        System::getenv);
  }

  private static Terminal systemTerminal() {
    try {
      return TerminalBuilder.builder().name("dearrep").system(true).dumb(true).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal", e);
    }
  }

  /**
   * Runs a short scripted session (typing, Tab, a command, exit) on an in-memory terminal and
   * throws the output away: the launcher records this into its class-data-sharing archive so the
   * real shell starts with JLine's classes already parsed.
   */
  public static void rehearse(CommandLine commands, Supplier<Directory> directory) {
    String keys =
        "lookup CA-AD2\t\r" + "lookup --name kal\t\r" + "help\r" + "frobnicate\r" + "exit\r";
    try (var terminal =
        new org.jline.terminal.impl.ExternalTerminal(
            "rehearsal",
            "xterm-256color",
            new java.io.ByteArrayInputStream(
                keys.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            java.io.OutputStream.nullOutputStream(),
            java.nio.charset.StandardCharsets.UTF_8)) {
      Path history = Files.createTempFile("dearrep-history", "");
      try {
        new Shell(
                terminal,
                commands,
                new Vocabulary(directory, Vocabulary::bundledTopicIds),
                List::of,
                history,
                name -> null)
            .run();
      } finally {
        Files.deleteIfExists(history);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code $XDG_STATE_HOME/dearrep/history}, by default {@code ~/.local/state/dearrep/history}. */
  public static Path historyFile() {
    return dearrep.data.UserFolders.current().state().resolve("history");
  }

  /** Columns of the terminal, for laying out output. */
  public int width() {
    int w = terminal.getWidth();
    return w > 0 ? w : 80;
  }

  /** True when the terminal shows colors (not dumb, and NO_COLOR unset). */
  public boolean colors() {
    return colors;
  }

  /** Reads and runs commands until the user leaves; returns the exit code of the shell. */
  public int run() {
    PrintWriter out = terminal.writer();
    if (Boolean.getBoolean("dearrep.timing")) {
      System.err.printf(
          "timing: prompt at %d ms after JVM start%n",
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }
    out.println(WELCOME);
    out.flush();
    String prompt = prompt();
    while (true) {
      String line;
      try {
        line = reader.readLine(prompt);
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      List<String> words = words(line);
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0).toLowerCase(Locale.ROOT);
      if (first.equals("exit") || first.equals("quit")) {
        break;
      }
      if (first.equals("shell")) {
        out.println("You are in the shell already: type help for commands, exit to leave.");
        continue;
      }
      try {
        execute(words);
      } catch (Prompter.Leave e) {
        break;
      }
    }
    saveHistory();
    out.flush();
    return ExitCode.OK.code();
  }

  private void execute(List<String> words) {
    PrintWriter out = terminal.writer();
    // Ctrl-C while a command runs interrupts that command and comes back to the prompt, instead
    // of ending the shell (JLine's default outside readLine). A batch stops where it is, to be
    // finished with --resume; a quick command just completes. Questions the command asks install
    // their own handler for the time of the question.
    Thread runner = Thread.currentThread();
    Terminal.SignalHandler previous =
        terminal.handle(Terminal.Signal.INT, signal -> runner.interrupt());
    try {
      if (guidedLetter.wants(words)) {
        words = guidedLetter.complete(words);
        if (words.isEmpty()) {
          return;
        }
      }
      commands.execute(words.toArray(String[]::new));
      if (words.size() == 1 && words.get(0).equalsIgnoreCase("help")) {
        out.println(
            "In the shell, type commands without 'dearrep'; 'show 2' shows the 2nd person of the last lookup.");
      }
    } catch (Prompter.Cancelled e) {
      out.println("(cancelled)");
    } catch (Prompter.Leave e) {
      throw e;
    } catch (RuntimeException e) {
      // Commands map their own errors; this catches what slips through, so the shell never dies.
      out.println(OneLineUsage.red(colors, "dearrep: " + e));
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      Thread.interrupted(); // a Ctrl-C the command did not wait for ends with it
    }
    out.flush();
  }

  private List<String> words(String line) {
    if (line.isBlank()) {
      return List.of();
    }
    List<String> words =
        new ArrayList<>(
            reader.getParser().parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words());
    // The parser ends a line that ends in a space with an empty word; a quoted '' stays.
    if (Character.isWhitespace(line.charAt(line.length() - 1))
        && words.get(words.size() - 1).isEmpty()) {
      words.remove(words.size() - 1);
    }
    if (words.size() > 1 && words.get(0).equals("dearrep")) {
      words.remove(0); // typed by habit: "dearrep lookup CA-AD25" means "lookup CA-AD25" here
    }
    return words;
  }

  private String prompt() {
    return colors
        ? new org.jline.utils.AttributedStringBuilder()
            .styled(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN), "dearrep")
            .append("> ")
            .toAnsi(terminal)
        : "dearrep> ";
  }

  private void saveHistory() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      terminal.writer().println("dearrep: could not save history: " + e.getMessage());
    }
  }

  private static Parser parser() {
    DefaultParser parser = new DefaultParser();
    parser.setEofOnUnclosedQuote(true);
    return parser;
  }

  static boolean colorsFor(Terminal terminal, String noColor) {
    String type = terminal.getType();
    return (noColor == null || noColor.isEmpty())
        && type != null
        && !type.startsWith(Terminal.TYPE_DUMB);
  }

  static void createParent(Path file) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      // History is a convenience: without the folder the shell still works.
    }
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      // closing the terminal at exit: nothing left to do
    }
  }
}
