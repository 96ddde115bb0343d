package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a user runs it: {@code java -jar dearrep.jar ...} from another folder,
 * reading the bundled data from inside the jar (which unit tests, run from class folders, do not).
 */
class JarIT {

  @TempDir Path elsewhere;

  record Run(int exitCode, String out, String err) {}

  private Run run(String... args) throws Exception {
    return run(List.of(), java.util.Map.of(), args);
  }

  private Run run(List<String> jvmOptions, java.util.Map<String, String> env, String... args)
      throws Exception {
    Path jar = Path.of(System.getProperty("dearrep.jar", "target/dearrep.jar")).toAbsolutePath();
    assertThat(jar).as("the packaged jar").exists();
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("DEARREP_OFFLINE");
    builder.environment().putAll(env);
    Process p =
        builder
            .directory(elsewhere.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void districtLookupReadsTheBundleInsideTheJar() throws Exception {
    Run r = run("lookup", "CA-AD25");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Ash Kalra", "Room 4610, 1021 O St.", "916-319-2025", "408-286-2535");
  }

  @Test
  void zipAndPointLookupsReadTheGeoDataInsideTheJar() throws Exception {
    Run zip = run("lookup", "--zip", "95112");
    assertThat(zip.exitCode()).isZero();
    assertThat(zip.out()).contains("San Jose", "Sam T. Liccardo", "Zoe Lofgren");
    Run point = run("lookup", "--lat", "37.3377", "--lon", "-121.8853");
    assertThat(point.exitCode()).isZero();
    assertThat(point.out()).contains("Zoe Lofgren").doesNotContain("Sam T. Liccardo");
    assertThat(point.err()).contains("119th Congress");
  }

  @Test
  void nameSearchAndErrorsBehaveAsInProcess() throws Exception {
    assertThat(run("lookup", "--name", "pena").out()).contains("Peña");
    Run bad = run("lookup", "CA-AD99");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("dearrep: unknown district '99': California's Assembly has districts 1–80");
  }

  @Test
  void anAddressGoesToTheGeocoderThePropertyNamesAndNowhereWhenOffline() throws Exception {
    String address = "200 E Santa Clara St, San Jose, CA 95113";
    try (var server = dearrep.testing.CensusReplay.serving("san-jose-city-hall.json")) {
      List<String> url = List.of("-Ddearrep.geocoder.url=" + server.url());
      Run online = run(url, java.util.Map.of(), "lookup", address, "--no-color");
      assertThat(online.exitCode()).as(online.err()).isZero();
      assertThat(online.out())
          .contains("address matched by the U.S. Census Geocoder: 200 E SANTA CLARA ST")
          .contains("Ash Kalra")
          .contains("Mayor Matt Mahan");
      assertThat(server.requests()).hasSize(1);
      Run offline = run(url, java.util.Map.of("DEARREP_OFFLINE", "1"), "lookup", address);
      assertThat(offline.exitCode()).isZero();
      assertThat(offline.err()).contains("forbids sending the address");
      assertThat(offline.out()).contains("ZIP 95113");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void profileSetWritesUnderHomeAsTheEnvironmentSaysNotUnderJavasUserHome() throws Exception {
    Path home = Files.createDirectories(elsewhere.resolve("home"));
    java.util.Map<String, String> env = new java.util.HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", "");
    Run r =
        run(
            List.of(),
            env,
            "profile",
            "set",
            "--name",
            "José Peña",
            "--state",
            "CA",
            "--zip",
            "95113");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path file = home.resolve(".config/dearrep/profile.yml");
    assertThat(r.out().strip()).isEqualTo("saved " + file);
    assertThat(Files.readString(file)).contains("José Peña");
  }
}
