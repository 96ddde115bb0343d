package dearrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A golden file under {@code src/test/resources/golden/}, compared exactly. Refresh every golden
 * file on purpose with {@code mvn test -Dgolden.update=true} and review the diff.
 */
public final class GoldenFile {

  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private GoldenFile() {}

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing: run mvn test -Dgolden.update=true", file)
          .exists();
      assertThat(actual)
          .as(
              "%s differs from its golden file (refresh on purpose: mvn test -Dgolden.update=true)",
              name)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
