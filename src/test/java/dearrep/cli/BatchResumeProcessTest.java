package dearrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dearrep.testing.BatchFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real batch process (kill -9) partway, twice, resumes it, and compares the result with an
 * uninterrupted run: same manifest, same errors, same files with the same bytes, nothing else.
 */
class BatchResumeProcessTest {

  @TempDir Path tmp;

  @Test
  void killedBatchResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
    Path csv = BatchFolders.supporters(tmp.resolve("supporters.csv"), 4000, true);

    Path whole = tmp.resolve("whole");
    assertThat(batch(csv, whole).waitFor()).isEqualTo(4);

    Path resumed = tmp.resolve("resumed");
    killPartway(batch(csv, resumed), resumed, 300);
    killPartway(batch(csv, resumed, "--resume"), resumed, 1500);
    Process last = batch(csv, resumed, "--resume");
    assertThat(last.waitFor()).isEqualTo(4);

    BatchFolders.assertSameOutput(resumed, whole);
    assertThat(resumed.resolve(".dearrep/tmp")).isEmptyDirectory();
  }

  @Test
  void killedPacketBatchResumesToTheSamePacketsAsAnUninterruptedOne() throws Exception {
    Path csv = BatchFolders.supporters(tmp.resolve("supporters.csv"), 1500, true);
    String[] packets = {"--format", "pdf", "--bundle-by", "recipient"};

    Path whole = tmp.resolve("whole");
    assertThat(batch(csv, whole, packets).waitFor()).isEqualTo(4);

    // Killed once while letters are spooled, once while packets are written.
    Path resumed = tmp.resolve("resumed");
    Process spooling = batch(csv, resumed, packets);
    BatchFolders.awaitSize(resumed.resolve(".dearrep/spooled.txt"), 2000);
    kill(spooling);
    Process packing =
        batch(csv, resumed, "--format", "pdf", "--bundle-by", "recipient", "--resume");
    BatchFolders.awaitManifestLines(resumed, 100);
    kill(packing);
    assertThat(
            batch(csv, resumed, "--format", "pdf", "--bundle-by", "recipient", "--resume")
                .waitFor())
        .isEqualTo(4);

    BatchFolders.assertSameOutput(resumed, whole);
  }

  private static void killPartway(Process p, Path out, int manifestLines) throws Exception {
    BatchFolders.awaitManifestLines(out, manifestLines);
    kill(p);
  }

  private static void kill(Process p) throws InterruptedException {
    assertThat(p.isAlive()).as("the batch should still be running when killed").isTrue();
    p.destroyForcibly().waitFor();
  }

  private Process batch(Path csv, Path out, String... more) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dearrep.cli.Main",
                "batch",
                csv.toString(),
                "-o",
                out.toString(),
                "--jobs",
                "2"));
    cmd.addAll(List.of(more));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(
            tmp.resolve("stderr-" + out.getFileName() + "-" + more.length + ".txt").toFile())
        .start();
  }
}
