package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 9: a user's YAML file with one very long line costs time in proportion to what is
 * read before it is refused, and what is read is bounded: the line limit is checked while reading,
 * so 1, 2, 4 and 8 MB lines all stop after the same few kilobytes (counted, not timed).
 */
class LongValuesTest {

  @TempDir Path tmp;

  /** A reader over {@code n} characters of one line, counting what the parser pulls from it. */
  static final class Counting extends Reader {
    final long size;
    long served;

    Counting(long size) {
      this.size = size;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++) {
        buf[off + i] = served + i < 6 ? "name: ".charAt((int) (served + i)) : 'x';
      }
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void aLongLineIsRefusedAfterTheSameBoundedReadWhateverItsLength() {
    List<Long> read = new ArrayList<>();
    for (int mb : new int[] {1, 2, 4, 8}) {
      Counting in = new Counting(mb * 1024L * 1024L);
      assertThatThrownBy(() -> UpstreamYaml.parse(in))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("line 1 is longer than");
      read.add(in.served);
    }
    assertThat(read).allMatch(n -> n <= LimitedReader.MAX_LINE + 64 * 1024);
    assertThat(read.get(3)).isEqualTo(read.get(0));
  }

  @Test
  void aUserFileWithAnEightMegabyteLineIsOneWarningNamingIt() throws IOException {
    Path people = Files.createDirectories(tmp.resolve("people"));
    Files.writeString(people.resolve("huge.yml"), "name: " + "x".repeat(8 << 20) + "\n");
    assertThatThrownBy(() -> UserData.load(people, true, w -> {}))
        .isInstanceOf(DearrepException.class)
        .hasMessageContaining("huge.yml")
        .hasMessageContaining("longer than");
  }

  @Test
  void shortLinesAreReadAsBefore() throws IOException {
    var node = UpstreamYaml.parse(new StringReader("name: Ana\nroles: []\n"));
    assertThat(node.get("name").asText()).isEqualTo("Ana");
  }

  @Test
  void controlCharactersInUserFilesNeverReachTheModel() throws IOException {
    var node = UpstreamYaml.parse(new StringReader("name: \"Evil\\e]0;pwned\\a\\e[2J Name\"\n"));
    assertThat(node.get("name").asText()).isEqualTo("Evil]0;pwned[2J Name");
  }
}
