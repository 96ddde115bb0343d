package dearrep.cli;

import dearrep.model.ExitCode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code dearrep} command: entry point of the command line. Its picocli model, like that of
 * {@code lookup}, is built in code, so that a cold lookup reads no annotation (see {@link
 * SharedOptions}); the other commands are declared with annotations.
 */
public final class Main implements Callable<Integer> {

  private static final String[] DESCRIPTION = {
    "Find who represents a place, see how to reach them, and write to them on public-safety issues.",
    "",
    "Run with no arguments in a terminal to open the interactive shell."
  };

  /**
   * Every subcommand by name, in the order help lists them (a test checks each name against the
   * command's own). Building picocli's model of a command costs reflection, so a run registers only
   * the command it was asked for (see {@link #commandLine}).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("lookup", LookupCommand.class);
    all.put("show", ShowCommand.class);
    all.put("data", DataCommand.class);
    all.put("topics", TopicsCommand.class);
    all.put("letter", LetterCommand.class);
    all.put("script", ScriptCommand.class);
    all.put("profile", ProfileCommand.class);
    all.put("batch", BatchCommand.class);
    all.put("shell", ShellCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("complete", CompleteCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  CommandSpec spec;

  private final Session session;

  public Main(Session session) {
    this.session = session;
  }

  /**
   * The session of the command line {@code spec} belongs to, where per-run settings such as a
   * shell's colors and width live (picocli's root-command pattern: state on the root, not in
   * statics); empty outside a {@link Main} root.
   */
  static Optional<Session> sessionOf(CommandSpec spec) {
    return spec.root().userObject() instanceof Main main
        ? Optional.of(main.session)
        : Optional.empty();
  }

  public static void main(String[] args) {
    // UTF-8 whatever the locale: under LANG=C the JVM would print every non-ASCII letter as "?"
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    System.setOut(out);
    System.setErr(err);
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Optional<String> unreadable = unreadableArguments(args);
    if (unreadable.isPresent()) {
      e.println("dearrep: " + unreadable.get());
      System.exit(ExitCode.BAD_INPUT.code());
    }
    System.exit(run(new Session(), o, e, args));
  }

  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
  }

  /**
   * The JVM decodes arguments in the locale's encoding; under LANG=C a non-ASCII letter arrives as
   * U+FFFD and would be searched for as such ("peña" finding someone else). Say so instead. The
   * launcher (scripts/dearrep) runs Java under a UTF-8 locale, so this is for other ways in.
   */
  static Optional<String> unreadableArguments(String... args) {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    if (encoding.toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8")) {
      return Optional.empty();
    }
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0) {
        return Optional.of(
            "an argument holds letters that the locale's encoding ("
                + encoding
                + ") cannot read: run with a UTF-8 locale, e.g. LANG=C.UTF-8 (scripts/dearrep does"
                + " this by itself)");
      }
    }
    return Optional.empty();
  }

  /** Runs one command line against a session and returns its exit code. */
  public static int run(Session session, String... args) {
    return run(session, null, null, args);
  }

  /** As {@link #run(Session, String...)}, printing to {@code out} and {@code err} when given. */
  static int run(Session session, PrintWriter out, PrintWriter err, String... args) {
    long start = System.nanoTime();
    if (err != null) {
      session.warnTo(err);
    }
    prefetch(session, args);
    CommandLine cli = commandLine(session, args.length == 0 ? null : args[0]);
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    long built = System.nanoTime();
    int code = cli.execute(args);
    if (Boolean.getBoolean("dearrep.timing")) {
      // For start-up work: JVM start to main, picocli model, and the command itself.
      long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      System.err.printf(
          "timing: main at %d ms after JVM start; command line built in %d ms; ran in %d ms%n",
          jvm - (System.nanoTime() - start) / 1_000_000,
          (built - start) / 1_000_000,
          (System.nanoTime() - built) / 1_000_000);
    }
    return code;
  }

  /**
   * Answers a plain {@code lookup} on a second thread while picocli builds its model (reflection
   * that costs more than the lookup itself on a cold start); the command then finds the data
   * loaded. Other command lines start nothing, and so does {@code -Ddearrep.prefetch=false} (for
   * measuring what it saves).
   */
  static void prefetch(Session session, String... args) {
    if (!"false".equals(System.getProperty("dearrep.prefetch"))) {
      LookupCommand.plain(session, args).ifPresent(command -> session.prefetch(command::answer));
    }
  }

  /** The configured picocli command line with every subcommand: the one the shell uses too. */
  public static CommandLine commandLine(Session session) {
    return commandLine(session, null);
  }

  /**
   * The configured command line. When {@code first} names a subcommand, only that one is
   * registered, which keeps a one-shot run from paying for the others; otherwise (no arguments, an
   * option such as --help, a typo) all are, so help and suggestions list everything.
   */
  static CommandLine commandLine(Session session, String first) {
    SessionFactory factory = new SessionFactory(session);
    Main main = new Main(session);
    main.spec =
        CommandSpec.wrapWithoutInspection(main, factory)
            .name("dearrep")
            .versionProvider(new Version());
    main.spec.usageMessage().description(DESCRIPTION);
    CommandLine cli = new CommandLine(main.spec, factory);
    boolean all = first == null || first.equals("help") || !SUBCOMMANDS.containsKey(first);
    SUBCOMMANDS.forEach(
        (name, type) -> {
          if (all || name.equals(first)) {
            cli.addSubcommand(name, subcommand(type, session, factory));
          }
        });
    addCodedOptions(cli);
    addHelpOptions(cli);
    ExitCodeHelp.apply(cli);
    HelpLayout.apply(cli);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new ErrorHandler.Usage());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setAbbreviatedOptionsAllowed(false);
    return cli;
  }

  private static CommandLine subcommand(Class<?> type, Session session, SessionFactory factory) {
    return type == LookupCommand.class
        ? new CommandLine(LookupCommand.spec(new LookupCommand(session)), factory)
        : new CommandLine(type, factory);
  }

  /** Adds the option sets built in code to the commands that hold them, at every depth. */
  private static void addCodedOptions(CommandLine cli) {
    if (cli.getCommand() instanceof SharedOptions.Holder holder) {
      CommandSpec spec = cli.getCommandSpec();
      spec.addMixin("options", holder.options.mixin());
      NetworkOptions network = holder.networkOptions();
      if (network != null) {
        spec.addMixin("network", network.mixin());
      }
    }
    cli.getSubcommands().values().forEach(Main::addCodedOptions);
  }

  /**
   * Every command and subcommand answers --help (and -h), added here so none can forget; the top
   * command also answers --version (-V). Built as option specs rather than picocli's standard help
   * mixin, whose reflection cost about a tenth of the model's build time per command.
   */
  private static void addHelpOptions(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    if (spec.optionsMap().get("--help") == null) {
      spec.addOption(
          OptionSpec.builder("-h", "--help")
              .usageHelp(true)
              .description("Show this help message and exit.")
              .build());
    }
    if (spec.parent() == null && spec.optionsMap().get("--version") == null) {
      spec.addOption(
          OptionSpec.builder("-V", "--version")
              .versionHelp(true)
              .description("Print version information and exit.")
              .build());
    }
    cli.getSubcommands().values().forEach(Main::addHelpOptions);
  }

  @Override
  public Integer call() {
    // No arguments: the shell on a terminal; usage when input or output is piped (never hang).
    if (System.console() != null && !session.inShell()) {
      return ShellCommand.open(session, new SharedOptions());
    }
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
