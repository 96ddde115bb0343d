package dearrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options every command accepts. They are built with picocli's programmatic API rather than
 * annotations: {@code dearrep lookup} runs without reading a single annotation on a cold start
 * (each annotation type costs the JDK a generated proxy class). {@link Main} adds them to every
 * command that {@linkplain Holder holds} a set.
 */
final class SharedOptions {

  /**
   * A command that takes the shared options: {@link Main} adds them to its model, and the command
   * reads them from {@link #options}.
   */
  abstract static class Holder {
    final SharedOptions options = new SharedOptions();

    /** This command's {@code --offline}, when it can go online; Main adds it after the above. */
    NetworkOptions networkOptions() {
      return null;
    }
  }

  private final OptionSpec json =
      flag("--json", "Print records as JSON (field names are documented in the README).");

  private final OptionSpec dataDir =
      OptionSpec.builder("--data-dir")
          .type(Path.class)
          .paramLabel("DIR")
          .description(
              "Folder of your own officials (Open States person YAML) merged over the bundled"
                  + " data.",
              "Default: $DEARREP_DATA, else ~/.config/dearrep/people if it exists.")
          .build();

  private final OptionSpec noColor =
      flag("--no-color", "Plain output without colors (also when NO_COLOR is set).");

  private final OptionSpec debug = flag("--debug", "Show stack traces of errors.");

  /** The options as a picocli mixin, bound to this object. */
  CommandSpec mixin() {
    return CommandSpec.create()
        .addOption(json)
        .addOption(dataDir)
        .addOption(noColor)
        .addOption(debug);
  }

  /** {@code --json}: print records as JSON. */
  boolean json() {
    return flag(json);
  }

  /** {@code --no-color}: plain output. */
  boolean noColor() {
    return flag(noColor);
  }

  /** {@code --debug}: show stack traces. */
  boolean debug() {
    return flag(debug);
  }

  /** The user's data folder from the option or the environment, or null. */
  Path dataDir() {
    Path given = dataDir.getValue();
    if (given != null) {
      return given;
    }
    String env = System.getenv("DEARREP_DATA");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  /** An option that takes no value. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).description(description).build();
  }

  /** A flag's value: unset (null, as picocli resets it before each parse) is false. */
  static boolean flag(OptionSpec option) {
    return Boolean.TRUE.equals(option.getValue());
  }
}
