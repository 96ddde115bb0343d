package dearrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code dearrep} command: entry point of the command line. */
@Command(
    name = "dearrep",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Find who represents a place, see how to reach them, and write to them on public-safety issues.",
      "",
      "Run with no arguments in a terminal to open the interactive shell."
    },
    subcommands = {
      LookupCommand.class,
      ShowCommand.class,
      DataCommand.class,
      TopicsCommand.class,
      LetterCommand.class,
      ScriptCommand.class,
      ProfileCommand.class,
      BatchCommand.class,
      CommandLine.HelpCommand.class,
    },
    footer = {
      "",
      "Exit codes: 0 success, 2 usage or bad input, 3 nothing found, 4 batch finished with failed rows,"
          + " 1 anything else."
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new Session(), args));
  }

  /** Runs one command line against a session and returns its exit code. */
  public static int run(Session session, String... args) {
    return commandLine(session).execute(args);
  }

  /** The configured picocli command line: the one the shell uses too. */
  public static CommandLine commandLine(Session session) {
    CommandLine cli = new CommandLine(new Main(), new SessionFactory(session));
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new ErrorHandler.Usage());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setAbbreviatedOptionsAllowed(false);
    return cli;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
