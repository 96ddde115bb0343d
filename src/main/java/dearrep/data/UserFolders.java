package dearrep.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's own folders, as the XDG base directory specification names them: {@code
 * $XDG_CONFIG_HOME} (default {@code $HOME/.config}) for the profile and the user's people, {@code
 * $XDG_STATE_HOME} (default {@code $HOME/.local/state}) for shell history and the last lookup's
 * numbers, {@code $XDG_DATA_HOME} (default {@code $HOME/.local/share}) for the people data {@code
 * data update} builds. {@code $HOME} wins over Java's {@code user.home}, which the JVM reads from
 * the password database and which ignores a changed {@code HOME}.
 */
public final class UserFolders {

  private final Map<String, String> env;
  private final String userHome;

  UserFolders(Map<String, String> env, String userHome) {
    this.env = env;
    this.userHome = userHome;
  }

  /** The folders of the running process's user. */
  public static UserFolders current() {
    return new UserFolders(System.getenv(), System.getProperty("user.home"));
  }

  /** {@code $HOME}, else Java's {@code user.home}. */
  public Path home() {
    return Path.of(nonBlank("HOME", userHome));
  }

  /** {@code $XDG_CONFIG_HOME/dearrep}, default {@code ~/.config/dearrep}. */
  public Path config() {
    return base("XDG_CONFIG_HOME", ".config").resolve("dearrep");
  }

  /** {@code $XDG_STATE_HOME/dearrep}, default {@code ~/.local/state/dearrep}. */
  public Path state() {
    return base("XDG_STATE_HOME", ".local/state").resolve("dearrep");
  }

  /** {@code $XDG_DATA_HOME/dearrep}, default {@code ~/.local/share/dearrep}. */
  public Path data() {
    return base("XDG_DATA_HOME", ".local/share").resolve("dearrep");
  }

  private Path base(String variable, String underHome) {
    String set = env.get(variable);
    // The specification: a relative path in an XDG variable is invalid and is ignored.
    if (set != null && !set.isBlank() && Path.of(set).isAbsolute()) {
      return Path.of(set);
    }
    return home().resolve(underHome);
  }

  private String nonBlank(String variable, String otherwise) {
    String set = env.get(variable);
    return set == null || set.isBlank() ? otherwise : set;
  }
}
