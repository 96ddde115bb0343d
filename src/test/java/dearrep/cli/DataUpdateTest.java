package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data update} against archives built from the real upstream fixtures, served by a local
 * HTTP server in the test JVM: success, a corrupt archive, an interrupted update, a timeout, and
 * rollback. No test touches the network.
 */
class DataUpdateTest {

  /**
   * The fixtures' Open States snapshot: archive entries carry their commit time, as GitHub's do.
   */
  private static final Instant SNAPSHOT = Instant.parse("2026-08-05T12:00:00Z");

  /** A seat the real bundle fills and the fixture archive does not. */
  private static final String ONLY_IN_BUNDLE = "CA-AD28";

  @TempDir Path tmp;
  private HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final CountDownLatch halfSent = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private String previousHome;

  @BeforeEach
  void serveArchives() throws IOException, URISyntaxException {
    previousHome = System.getProperty("dearrep.dataHome");
    System.setProperty("dearrep.dataHome", tmp.resolve("home").toString());
    files.put("/people.zip", zip("people-main", upstream("openstates-people")));
    files.put("/congress.zip", zip("congress-legislators-main", upstream("congress-legislators")));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body = files.get(path.replace("/stall", ""));
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          if (path.equals("/silent.zip")) {
            awaitRelease();
          }
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            if (path.startsWith("/stall")) {
              out.write(body, 0, body.length / 2);
              out.flush();
              halfSent.countDown();
              awaitRelease();
            } else {
              out.write(body);
            }
          } catch (IOException e) {
            // the client went away (killed or timed out): nothing more to send
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    if (previousHome == null) {
      System.clearProperty("dearrep.dataHome");
    } else {
      System.setProperty("dearrep.dataHome", previousHome);
    }
  }

  @Test
  void anUpdateFromTheServerIsCheckedAndBecomesTheDataInUse() throws Exception {
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isZero();

    Cli.Result r = update();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("openstates-people: 6 people").contains("now using");
    assertThat(r.err()).contains("checking the new data").contains("switching to the new data");

    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isEqualTo(3);
    Cli.Result kalra = Cli.run("lookup", "CA-AD25");
    assertThat(kalra.out()).contains("Ash Kalra").contains("openstates-people of 2026-08-05");
    assertThat(Cli.run("data", "info").out()).contains("your data update in");
    var info = new ObjectMapper().readTree(Cli.run("data", "info", "--json").out());
    assertThat(info.get("peopleData").get("inUse").asText()).isEqualTo("update");
    assertThat(staging()).isEmpty();
  }

  @Test
  void fromALocalArchiveOrCheckout() throws Exception {
    Path archive = tmp.resolve("people-main.zip");
    Files.write(archive, files.get("/people.zip"));
    Cli.Result r =
        Cli.run(
            "data",
            "update",
            "--from",
            archive.toString(),
            "--from",
            upstream("congress-legislators").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("openstates-people: 6 people").contains("congress-legislators: 4");
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isEqualTo(3);
  }

  @Test
  void aCorruptArchiveChangesNothing() throws Exception {
    byte[] good = files.get("/people.zip");
    byte[] corrupt = java.util.Arrays.copyOf(good, good.length / 3);
    files.put("/corrupt.zip", corrupt);
    Cli.Result r =
        Cli.run(
            "data",
            "update",
            "--openstates-url",
            url("/corrupt.zip"),
            "--congress-url",
            url("/congress.zip"));
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("dearrep:")).toList()).hasSize(1);
    assertThat(r.err()).contains("corrupt.zip");
    assertThat(Files.exists(tmp.resolve("home/people-data/current"))).isFalse();
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isZero();
    assertThat(staging()).isEmpty();
  }

  @Test
  void anUpdateKilledMidDownloadLeavesThePreviousDataInUse() throws Exception {
    assertThat(update().exitCode()).isZero();
    Path current = tmp.resolve("home/people-data/current");
    String before = Files.readString(current);

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddearrep.dataHome=" + tmp.resolve("home"),
                "-Ddearrep.today=2026-11-30",
                "-cp",
                System.getProperty("java.class.path"),
                "dearrep.cli.Main",
                "data",
                "update",
                "--openstates-url",
                url("/stall/people.zip"),
                "--congress-url",
                url("/congress.zip"))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.txt").toFile())
            .start();
    assertThat(halfSent.await(60, TimeUnit.SECONDS)).as("the child started downloading").isTrue();
    assertThat(staging()).isNotEmpty(); // the update was under way
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertThat(Files.readString(current)).isEqualTo(before);
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isEqualTo(3); // still the update
    assertThat(Cli.run("lookup", "CA-AD25").out()).contains("Ash Kalra");
    // the next update clears the killed one's staging folder
    assertThat(update().exitCode()).isZero();
    assertThat(staging()).isEmpty();
  }

  @Test
  void aServerThatNeverAnswersTimesOutWithOneLine() throws Exception {
    files.put("/silent.zip", files.get("/people.zip"));
    long start = System.nanoTime();
    Cli.Result r =
        Cli.run(
            "data",
            "update",
            "--timeout",
            "1",
            "--openstates-url",
            url("/silent.zip"),
            "--congress-url",
            url("/congress.zip"));
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no answer within 1 s").contains("the data in use is unchanged");
    assertThat(Files.exists(tmp.resolve("home/people-data/current"))).isFalse();
  }

  @Test
  void rollbackGoesBackAndForth() throws Exception {
    assertThat(Cli.run("data", "update", "--rollback").exitCode()).isEqualTo(2);
    assertThat(update().exitCode()).isZero();
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isEqualTo(3);

    Cli.Result back = Cli.run("data", "update", "--rollback");
    assertThat(back.exitCode()).isZero();
    assertThat(back.out()).contains("now using the bundled data");
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isZero();
    assertThat(Cli.run("data", "info").out()).contains("the data bundled with dearrep");

    assertThat(Cli.run("data", "update", "--rollback").out()).contains("now using " + tmp);
    assertThat(Cli.run("lookup", ONLY_IN_BUNDLE).exitCode()).isEqualTo(3);
  }

  private Cli.Result update() {
    return Cli.run(
        "data",
        "update",
        "--openstates-url",
        url("/people.zip"),
        "--congress-url",
        url("/congress.zip"));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private List<Path> staging() throws IOException {
    Path root = tmp.resolve("home/people-data");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList();
    }
  }

  private void awaitRelease() {
    try {
      release.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path upstream(String name) throws URISyntaxException {
    return Path.of(DataUpdateTest.class.getResource("/upstream/" + name).toURI());
  }

  /** A ZIP like GitHub's: one top folder, entries dated at the snapshot. */
  private static byte[] zip(String top, Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> walk = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
      for (Path f : all) {
        ZipEntry e = new ZipEntry(top + "/" + dir.relativize(f).toString().replace('\\', '/'));
        e.setLastModifiedTime(FileTime.from(SNAPSHOT));
        zip.putNextEntry(e);
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
