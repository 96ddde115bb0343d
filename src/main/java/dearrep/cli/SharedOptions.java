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

  /** A command that takes the shared options; {@link Main} adds them to its model. */
  interface Holder {
    /** This command's shared options. */
    SharedOptions sharedOptions();

    /** This command's {@code --offline}, when it can go online; Main adds it after the above. */
    default NetworkOptions networkOptions() {
      return null;
    }
  }

  private final OptionSpec json =
      OptionSpec.builder("--json")
          .type(boolean.class)
          .description("Print records as JSON (field names are documented in the README).")
          .build();

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
      OptionSpec.builder("--no-color")
          .type(boolean.class)
          .description("Plain output without colors (also when NO_COLOR is set).")
          .build();

  private final OptionSpec debug =
      OptionSpec.builder("--debug")
          .type(boolean.class)
          .description("Show stack traces of errors.")
          .build();

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

  /** A flag's value: unset (null, as picocli resets it before each parse) is false. */
  static boolean flag(OptionSpec option) {
    return Boolean.TRUE.equals(option.getValue());
  }
}
