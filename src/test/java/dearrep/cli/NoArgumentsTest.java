package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code dearrep} with no arguments and no terminal prints usage instead of waiting for input. */
class NoArgumentsTest {

  @Test
  void withoutATerminalPrintsUsageAndExitsAtOnce() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS))
        .as("exited without waiting for input")
        .isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isZero();
    assertThat(out).contains("Usage: dearrep", "shell").doesNotContain("dearrep>");
  }
}
