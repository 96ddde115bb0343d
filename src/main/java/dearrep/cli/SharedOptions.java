package dearrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts. */
final class SharedOptions {

  @Option(
      names = "--json",
      description = "Print records as JSON (field names are documented in the README).")
  boolean json;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = {
        "Folder of your own officials (Open States person YAML) merged over the bundled data.",
        "Default: $DEARREP_DATA, else ~/.config/dearrep/people if it exists."
      })
  Path dataDir;

  @Option(
      names = "--no-color",
      description = "Plain output without colors (also when NO_COLOR is set).")
  boolean noColor;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  /** The user's data folder from the option or the environment, or null. */
  Path dataDir() {
    if (dataDir != null) {
      return dataDir;
    }
    String env = System.getenv("DEARREP_DATA");
    return env == null || env.isBlank() ? null : Path.of(env);
  }
}
