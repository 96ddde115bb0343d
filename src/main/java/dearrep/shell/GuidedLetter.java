package dearrep.shell;

import dearrep.geocode.AddressText;
import dearrep.letter.Format;
import dearrep.letter.LetterOutput;
import dearrep.letter.Position;
import dearrep.letter.ProfileStore;
import dearrep.letter.Sender;
import dearrep.letter.TopicCatalog;
import dearrep.lookup.DistrictQuery;
import dearrep.model.DearrepException;
import dearrep.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.builtins.Completers;
import org.jline.reader.impl.completer.StringsCompleter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code letter} typed in the shell without a recipient or a topic: asks for what is missing, one
 * question at a time, shows the letter, then asks how and where to save it. The answers become
 * options of the real {@code letter} command, which does all the work: nothing here writes a file.
 */
final class GuidedLetter {

  static final List<String> POSITIONS =
      java.util.Arrays.stream(Position.values()).map(Position::key).toList();

  /** The letter's formats, the one offered by default (PDF, for the post) first. */
  static final List<String> FORMATS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(Format.PDF),
              java.util.Arrays.stream(Format.values()).filter(f -> f != Format.PDF))
          .map(Format::extension)
          .toList();

  private final Prompter ask;
  private final Vocabulary vocabulary;
  private final Supplier<List<Person>> lastListed;
  private final CommandLine commands;

  GuidedLetter(
      Prompter prompter,
      Vocabulary vocabulary,
      Supplier<List<Person>> lastListed,
      CommandLine commands) {
    this.ask = prompter;
    this.vocabulary = vocabulary;
    this.lastListed = lastListed;
    this.commands = commands;
  }

  /**
   * True for a {@code letter} line that lacks its recipient or topic (and is not asking for help).
   */
  boolean wants(List<String> words) {
    words = withTo(words);
    CommandLine letter = commands.getSubcommands().get("letter");
    if (letter == null || !words.get(0).equals("letter")) {
      return false;
    }
    Set<String> given = given(letter.getCommandSpec(), words);
    if (given.contains("--help") || given.contains("--version")) {
      return false;
    }
    return !given.contains("--to") || !given.contains("--topic");
  }

  /**
   * Asks for what the line lacks, previews the letter through the real command, and returns the
   * full command line that saves it; empty when the preview failed.
   *
   * @throws Prompter.Cancelled on Ctrl-C
   * @throws Prompter.Leave on Ctrl-D
   */
  List<String> complete(List<String> words) {
    words = withTo(words);
    Set<String> given = given(commands.getSubcommands().get("letter").getCommandSpec(), words);
    List<String> args = new ArrayList<>(words);
    ask.say("A letter, step by step (Ctrl-C stops, nothing is saved until the end).");
    String to = null;
    if (!given.contains("--to")) {
      to = recipient();
      add(args, "--to", to);
    }
    String topic = null;
    if (!given.contains("--topic")) {
      topic = topic();
      add(args, "--topic", topic);
    }
    if (!given.contains("--position")) {
      add(args, "--position", ask.choose("Your position", POSITIONS, Position.SUPPORT.key()));
    }
    writer(given, args);
    if (!given.contains("--note") && !given.contains("--note-file")) {
      List<String> note =
          ask.lines("Your own words, if you like (several lines; an empty line ends):");
      if (!note.isEmpty()) {
        add(args, "--note", String.join("\n", note));
      }
    }
    if (given.contains("--output")) {
      return args;
    }
    List<String> preview = new ArrayList<>(args);
    if (!given.contains("--format")) {
      add(preview, "--format", "txt");
    }
    ask.say("");
    if (!preview(preview)) {
      return List.of();
    }
    save(
        given,
        args,
        to == null ? valueOf(words, "--to") : to,
        topic == null ? valueOf(words, "--topic") : topic);
    return args;
  }

  /** Runs the real command to standard output, captured and wrapped to the terminal's width. */
  private boolean preview(List<String> args) {
    var terminalOut = commands.getOut();
    var captured = new java.io.StringWriter();
    commands.setOut(new java.io.PrintWriter(captured));
    int code;
    try {
      code = commands.execute(args.toArray(String[]::new));
    } finally {
      commands.setOut(terminalOut);
    }
    ask.say(Wrap.lines(captured.toString(), ask.width() - 1));
    return code == 0;
  }

  private String recipient() {
    while (true) {
      List<Person> listed = lastListed.get();
      String question =
          listed.isEmpty()
              ? "Who to write to (a district such as CA-AD25, a person id, or your street address)"
              : listed.size() == 1
                  ? "Who to write to (1 for "
                      + listed.get(0).name()
                      + ", a district such as CA-AD25, or your street address)"
                  : "Who to write to (1-"
                      + listed.size()
                      + " from your last lookup, a district such as CA-AD25, or your street address)";
      String to =
          ask.ask(
              question,
              listed.size() == 1 ? "1" : null,
              (r, line, candidates) ->
                  new ShellCompleter.Places(vocabulary).complete(line.word(), candidates));
      if (to.matches("\\d{1,3}")) {
        int n = Integer.parseInt(to);
        if (n >= 1 && n <= listed.size()) {
          ask.say("Writing to " + listed.get(n - 1).name() + ".");
          return to;
        }
        ask.say(
            listed.isEmpty()
                ? "No lookup yet: give a district such as CA-AD25, or your street address."
                : "Pick 1-" + listed.size() + ".");
        continue;
      }
      if (to.isEmpty()) {
        continue;
      }
      if (AddressText.looksLikeStreetAddress(to)) {
        // The real lookup places the address (online, unless --offline) and numbers everyone it
        // finds; the question is then asked again, with those numbers.
        commands.execute("lookup", "--address", to);
        commands.getOut().flush();
        continue;
      }
      try {
        DistrictQuery.parse(to);
        return to;
      } catch (DearrepException e) {
        ask.say(e.getMessage());
      }
    }
  }

  private String topic() {
    TopicCatalog catalog = TopicCatalog.bundled();
    return ask.require(
        "Topic (Tab lists them)",
        null,
        new StringsCompleter(vocabulary.topics()),
        t -> catalog.find(t).isPresent(),
        "No such topic: press Tab for the list, or type 'topics' at the prompt later to read them.");
  }

  /** Name and address, each defaulting to the saved profile; given options are not asked again. */
  private void writer(Set<String> given, List<String> args) {
    Sender saved = ProfileStore.standard().load().orElse(Sender.EMPTY);
    String name = null;
    if (!given.contains("--name")) {
      name =
          ask.require(
              "Your name", saved.name(), null, s -> !s.isBlank(), "A letter needs your name.");
      add(args, "--name", name);
    }
    // options given are the whole writer: carry the profile's e-mail and language over only when
    // the letter is the profile's own writer's
    if (saved.name().equals(name)) {
      if (!given.contains("--email") && !saved.email().isEmpty()) {
        add(args, "--email", saved.email());
      }
      if (!given.contains("--lang") && !saved.language().isEmpty()) {
        add(args, "--lang", saved.language());
      }
    }
    String[][] fields = {
      {"--street", "Street address", saved.street()},
      {"--city", "City", saved.city()},
      {"--state", "State (two letters)", saved.state()},
      {"--zip", "ZIP code", saved.zip()},
    };
    for (String[] f : fields) {
      if (!given.contains(f[0])) {
        String answer =
            ask.ask(
                f[1],
                f[2],
                f[0].equals("--state") ? new StringsCompleter(vocabulary.states()) : null);
        if (!answer.isBlank()) {
          add(args, f[0], answer);
        }
      }
    }
  }

  /** Format and file; an existing file is replaced only when the user says so. */
  private void save(Set<String> given, List<String> args, String to, String topic) {
    String format =
        given.contains("--format") ? null : ask.choose("Save as", FORMATS, Format.PDF.extension());
    String extension = format != null ? format : valueOf(args, "--format").toLowerCase(Locale.ROOT);
    String suggested = LetterOutput.fileName(recipientName(to), topic, extension);
    while (true) {
      String file =
          ask.ask(
              "Save to file (Ctrl-C to not save)", suggested, new Completers.FileNameCompleter());
      Path path =
          Path.of(
              file.startsWith("~/")
                  ? dearrep.data.UserFolders.current().home() + file.substring(1)
                  : file);
      boolean replace = false;
      if (Files.exists(path)) {
        if (!ask.choose(path + " exists: replace it", List.of("yes", "no"), "no").equals("yes")) {
          continue;
        }
        replace = true; // the user said yes: the command replaces only with --force
      }
      if (format != null) {
        add(args, "--format", format);
      }
      add(args, "--output", path.toString());
      if (replace) {
        args.add("--force");
      }
      return;
    }
  }

  /** "Ash Kalra" for "1" after a lookup listed him first; the query itself otherwise. */
  private String recipientName(String to) {
    List<Person> listed = lastListed.get();
    if (to.matches("\\d{1,3}")) {
      int n = Integer.parseInt(to);
      return n >= 1 && n <= listed.size() ? listed.get(n - 1).name() : "letter-" + to;
    }
    return to;
  }

  /** Long names of the options present on the line. */
  /** {@code letter 2 --topic …}: a first argument that is not an option is the recipient. */
  private static List<String> withTo(List<String> words) {
    if (words.size() > 1 && !words.get(1).startsWith("-")) {
      List<String> out = new ArrayList<>(List.of(words.get(0), "--to", words.get(1)));
      out.addAll(words.subList(2, words.size()));
      return out;
    }
    return words;
  }

  private static Set<String> given(CommandSpec letter, List<String> words) {
    Set<String> names = new HashSet<>();
    for (String word : words.subList(1, words.size())) {
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      OptionSpec option = name.startsWith("-") ? letter.findOption(name) : null;
      if (option != null) {
        names.add(option.longestName());
      } else if (word.equals("-h")) {
        names.add("--help");
      }
    }
    return names;
  }

  private static String valueOf(List<String> words, String option) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).startsWith(option + "=")) {
        return words.get(i).substring(option.length() + 1);
      }
      if (words.get(i).equals(option) && i + 1 < words.size()) {
        return words.get(i + 1);
      }
    }
    return "";
  }

  private static void add(List<String> args, String option, String value) {
    args.add(option);
    args.add(value);
  }
}
