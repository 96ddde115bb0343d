package dearrep.data;

import dearrep.model.StateBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The user's own officials: Open States person YAML files in a folder, merged over the bundle. */
public final class UserData {

  private UserData() {}

  /** {@code $XDG_CONFIG_HOME/dearrep/people} (default {@code ~/.config/dearrep/people}) if it exists. */
  public static Optional<Path> defaultFolder() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg == null || xdg.isBlank()
            ? Path.of(System.getProperty("user.home"), ".config")
            : Path.of(xdg);
    Path folder = base.resolve("dearrep").resolve("people");
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** Reads every person file under the folder into per-state bundles. */
  public static List<StateBundle> load(Path folder, boolean explicit) {
    return List.of();
  }
}
