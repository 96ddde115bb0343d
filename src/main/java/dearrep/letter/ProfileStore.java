package dearrep.letter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dearrep.data.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The saved sender profile: {@code $XDG_CONFIG_HOME/dearrep/profile.yml} (default {@code
 * ~/.config/dearrep/profile.yml}), written atomically and readable only by its owner. The system
 * property {@code dearrep.config.home} takes the place of {@code XDG_CONFIG_HOME} (tests).
 */
public final class ProfileStore {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path file;

  public ProfileStore(Path file) {
    this.file = file;
  }

  /** The profile in the user's XDG config folder. */
  public static ProfileStore standard() {
    String home = System.getProperty("dearrep.config.home");
    Path folder =
        home == null || home.isBlank()
            ? dearrep.data.UserFolders.current().config()
            : Path.of(home).resolve("dearrep");
    return new ProfileStore(folder.resolve("profile.yml"));
  }

  /** Where the profile lives. */
  public Path file() {
    return file;
  }

  /**
   * The saved profile, or empty when none was saved.
   *
   * @throws LetterException when the file exists but cannot be read as a profile
   */
  public Optional<Sender> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Sender s = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), Sender.class);
      return Optional.ofNullable(s);
    } catch (IOException e) {
      throw LetterException.broken(
          "cannot read the profile "
              + file
              + ": "
              + e.getMessage()
              + " (fix it or set it again with dearrep profile set)",
          e);
    }
  }

  /** Saves the profile: written to a temporary file next to it, then moved into place. */
  public void save(Sender sender) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      AtomicWrite.write(
          file,
          YAML.writeValueAsString(sender).getBytes(StandardCharsets.UTF_8),
          AtomicWrite.Option.OWNER_ONLY);
    } catch (IOException e) {
      throw LetterException.broken("cannot save the profile to " + file + ": " + e.getMessage(), e);
    }
  }
}
