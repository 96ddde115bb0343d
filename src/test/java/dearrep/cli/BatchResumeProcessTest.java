package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real batch process (kill -9) partway, twice, resumes it, and compares the result with an
 * uninterrupted run: same manifest, same errors, same files with the same bytes, nothing else.
 */
class BatchResumeProcessTest {

  private static final String[] DISTRICTS = {"CA-AD25", "CA-16", "CA-SD15", "CA-17", "CA-18", "CA-AD99", "CA"};

  @TempDir Path tmp;

  @Test
  void killedBatchResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
    Path csv = tmp.resolve("supporters.csv");
    List<String> lines = new ArrayList<>();
    lines.add("id,name,city,district,topic,note");
    for (int i = 1; i <= 4000; i++) {
      lines.add("s" + i + ",Supporter Nº" + i + ",San Jose," + DISTRICTS[i % DISTRICTS.length] + ",police-staffing,"
          + (i % 50 == 0 ? "\"two\nlines\"" : ""));
    }
    Files.write(csv, lines);

    Path whole = tmp.resolve("whole");
    assertThat(batch(csv, whole).waitFor()).isEqualTo(4);

    Path resumed = tmp.resolve("resumed");
    killPartway(batch(csv, resumed), resumed, 300);
    killPartway(batch(csv, resumed, "--resume"), resumed, 1500);
    Process last = batch(csv, resumed, "--resume");
    assertThat(last.waitFor()).isEqualTo(4);

    assertThat(Files.readString(resumed.resolve("manifest.csv"))).isEqualTo(Files.readString(whole.resolve("manifest.csv")));
    assertThat(Files.readString(resumed.resolve("errors.csv"))).isEqualTo(Files.readString(whole.resolve("errors.csv")));
    assertThat(contents(resumed)).isEqualTo(contents(whole));
    assertThat(resumed.resolve(".dearrep/tmp")).isEmptyDirectory();
  }

  private static void killPartway(Process p, Path out, int manifestLines) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Path manifest = out.resolve("manifest.csv");
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (Files.exists(manifest) && Files.size(manifest) > manifestLines * 100L) {
        break;
      }
      Thread.sleep(5);
    }
    assertThat(p.isAlive()).as("the batch should still be running when killed").isTrue();
    p.destroyForcibly().waitFor();
  }

  private Process batch(Path csv, Path out, String... more) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "dearrep.cli.Main", "batch", csv.toString(), "-o", out.toString(), "--jobs", "2"));
    cmd.addAll(List.of(more));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("stderr-" + out.getFileName() + "-" + more.length + ".txt").toFile())
        .start();
  }

  /** Every letter file by name with its bytes' hash; reports and the state folder left out. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("summary.json") && !name.equals(".dearrep") && !name.endsWith(".csv")) {
          files.put(name, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(f))));
        }
      }
    }
    return files;
  }

}
