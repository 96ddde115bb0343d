package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The release archive that {@code mvn package} built, unpacked and installed with its own {@code
 * install.sh} into a temporary prefix, as a user does; then run with a PATH that has no Maven on it
 * and a home folder of its own.
 */
final class InstalledRelease implements AutoCloseable {

  /** What a process printed and returned. */
  record Run(int exitCode, String out, String err) {}

  final Path root;
  final Path unpacked;
  final Path prefix;
  final Path home;
  final Path elsewhere;
  private final Path path;

  private InstalledRelease(Path root) throws IOException {
    this.root = root;
    this.unpacked = root.resolve("unpacked");
    this.prefix = root.resolve("prefix");
    this.home = root.resolve("home");
    this.elsewhere = root.resolve("elsewhere");
    this.path = root.resolve("path-without-maven");
    Files.createDirectories(unpacked);
    Files.createDirectories(home);
    Files.createDirectories(elsewhere);
    linkPathWithoutMaven();
  }

  /** The archive's path, as the pom tells failsafe. */
  static Path archive() {
    Path tar =
        Path.of(System.getProperty("dearrep.release", "target/dearrep-0.2.0.tar.gz"))
            .toAbsolutePath();
    assertThat(tar).as("the release archive built by mvn package").exists();
    return tar;
  }

  /** Unpacks the archive under {@code root} and installs it into {@code root/prefix}. */
  static InstalledRelease install(Path root) throws Exception {
    InstalledRelease r = new InstalledRelease(root);
    Run untar = r.run(r.unpacked, "tar", "xzf", archive().toString());
    assertThat(untar.exitCode()).as(untar.err()).isZero();
    Run install =
        r.run(
            r.elsewhere,
            r.releaseHome().resolve("install.sh").toString(),
            "--prefix",
            r.prefix.toString());
    assertThat(install.exitCode()).as(install.err()).isZero();
    return r;
  }

  /** The unpacked release folder, {@code dearrep-VERSION}. */
  Path releaseHome() throws IOException {
    try (Stream<Path> s = Files.list(unpacked)) {
      return s.filter(p -> p.getFileName().toString().startsWith("dearrep-"))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * A folder of links to every program in /usr/local/bin, /usr/bin and /bin except Maven's, so the
   * installed tool is shown to need none of it.
   */
  private void linkPathWithoutMaven() throws IOException {
    Files.createDirectories(path);
    for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
      File[] files = new File(dir).listFiles();
      if (files == null) {
        continue;
      }
      for (File f : files) {
        Path link = path.resolve(f.getName());
        if (!f.getName().startsWith("mvn")
            && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, f.toPath());
        }
      }
    }
  }

  /**
   * Removes the folder of links (JUnit would warn about each link out of its temporary folder) and
   * the symlink the install made; the installed files stay for JUnit to delete.
   */
  @Override
  public void close() throws IOException {
    try (Stream<Path> links = Files.list(path)) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    }
    Files.deleteIfExists(prefix.resolve("bin/dearrep"));
  }

  /** The environment of a run: the prefix's bin first, no Maven, no JAVA_HOME, our own home. */
  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", prefix.resolve("bin") + ":" + path);
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
    env.put("LANG", "C.UTF-8");
    env.put("TERM", "xterm-256color");
    env.put("MANPATH", prefix.resolve("share/man").toString());
    return env;
  }

  /** Runs a program in {@code dir} with {@link #environment()}. */
  Run run(Path dir, String... command) throws Exception {
    return run(dir, List.of(), command);
  }

  /** As {@link #run(Path, String...)} with extra environment {@code NAME=VALUE} entries. */
  Run run(Path dir, List<String> extraEnv, String... command) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment());
    for (String e : extraEnv) {
      int eq = e.indexOf('=');
      pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
    }
    Path out = Files.createTempFile(root, "out", ".txt");
    Path err = Files.createTempFile(root, "err", ".txt");
    Process p =
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * Runs the installed {@code dearrep} from a folder that is neither the release nor the prefix.
   */
  Run dearrep(String... args) throws Exception {
    // Through sh, so the command is found on the run's PATH (Java would search its own PATH).
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec dearrep \"$@\"", "sh"));
    command.addAll(List.of(args));
    return run(elsewhere, command.toArray(String[]::new));
  }
}
