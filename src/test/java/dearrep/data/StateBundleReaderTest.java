package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dearrep.model.StateBundle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming reader of state files against Jackson databind, on the bundled data itself. */
class StateBundleReaderTest {

  private final BundleSource bundle = BundleSource.bundled();

  static Stream<String> states() throws IOException {
    try (InputStream index = BundleSource.bundled().require(BundleFiles.PEOPLE_INDEX)) {
      List<String> lines =
          List.of(new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      return lines.stream().map(line -> line.split("\t")[1]).distinct().sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("states")
  void readsEveryStateExactlyAsDatabindDoes(String state) throws IOException {
    StateBundle streamed;
    try (InputStream in = bundle.require(BundleFiles.stateFile(state))) {
      streamed = StateBundleReader.read(in);
    }
    StateBundle bound;
    try (InputStream in = bundle.require(BundleFiles.stateFile(state))) {
      bound = BundleFiles.json().readValue(in, StateBundle.class);
    }
    assertThat(streamed.people()).isNotEmpty();
    assertThat(streamed).isEqualTo(bound);
  }

  @Test
  void skipsFieldsItDoesNotKnow() throws IOException {
    String json =
        "{\"state\":\"WY\",\"future\":{\"a\":[1,2,{\"b\":null}]},\"people\":[{\"id\":\"x:1\",\"name\":\"A B\","
            + "\"nickname\":[\"ab\"],\"roles\":[{\"type\":\"lower\",\"level\":\"STATE\",\"extra\":{}}]}]}";
    StateBundle b =
        StateBundleReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(b.state()).isEqualTo("WY");
    assertThat(b.people())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("A B");
              assertThat(p.primaryRole().type()).isEqualTo("lower");
            });
  }

  @Test
  void rejectsAFileThatIsNotAnObject() {
    assertThatThrownBy(
            () ->
                StateBundleReader.read(
                    new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("JSON object");
  }
}
