package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-shot lookup answered on a second thread while picocli builds its model. */
class PrefetchTest {

  @Test
  void plainLookupFormsAreRecognized() {
    Session s = new Session();
    LookupCommand district = LookupCommand.plain(s, "lookup", "CA-AD25", "--json").orElseThrow();
    assertThat(district.query).isEqualTo("CA-AD25");
    assertThat(LookupCommand.plain(s, "lookup", "--name", "kalra").orElseThrow().name)
        .isEqualTo("kalra");
    assertThat(LookupCommand.plain(s, "lookup", "--no-color", "--zip", "95113").orElseThrow().zip)
        .isEqualTo("95113");
    LookupCommand point =
        LookupCommand.plain(s, "lookup", "--lat", "37.3337", "--lon", "-121.8907").orElseThrow();
    assertThat(point.lat).isEqualTo("37.3337");
    assertThat(point.lon).isEqualTo("-121.8907");
  }

  @Test
  void anythingElseStartsNothing() {
    Session s = new Session();
    assertThat(LookupCommand.plain(s, "show", "bioguide:L000607")).isEmpty();
    assertThat(LookupCommand.plain(s, "lookup")).isEmpty();
    assertThat(LookupCommand.plain(s, "lookup", "--name")).isEmpty();
    assertThat(LookupCommand.plain(s, "lookup", "CA-AD25", "CA-16")).isEmpty();
    assertThat(LookupCommand.plain(s, "lookup", "--data-dir", "/tmp/people", "CA-AD25")).isEmpty();
    assertThat(
            LookupCommand.plain(
                s, "lookup", "--state", "MA", "--chamber", "lower", "--district", "7th Hampden"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CA-AD25",
        "--name|pena",
        "--zip|95112",
        "--lat|37.3377|--lon|-121.8853",
        "--json|CA-16",
        "XX-AD1",
        "--zip|00000",
        "--lat|95|--lon|-121"
      })
  void prefetchedRunsPrintExactlyWhatUnprefetchedRunsPrint(String line) {
    String[] args = ("lookup|" + line).split("\\|");
    Cli.Result prefetched = Cli.run(args);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine(new Session());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);

    assertThat(prefetched.exitCode()).isEqualTo(code);
    assertThat(prefetched.out()).isEqualTo(out.toString());
    assertThat(prefetched.err()).isEqualTo(err.toString());
  }

  @Test
  void theSessionWaitsForThePrefetchBeforeUsingItsData() throws Exception {
    Session session = new Session();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    session.prefetch(
        () -> {
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          finished.set(true);
        });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Boolean> sawFinished =
        CompletableFuture.supplyAsync(() -> session.lookup(null) != null && finished.get());
    Thread.sleep(100);
    assertThat(sawFinished).isNotDone();
    release.countDown();
    assertThat(sawFinished.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFailedPrefetchLeavesTheSessionUsable() {
    Session session = new Session();
    session.prefetch(
        () -> {
          throw new IllegalStateException("broken on purpose");
        });
    assertThat(session.lookup(null).find(dearrep.lookup.DistrictQuery.parse("CA-AD25")).members())
        .extracting(m -> m.person().name())
        .containsExactly("Ash Kalra");
  }
}
