package dearrep.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

  @TempDir Path dir;

  @Test
  void savesAndLoadsAProfileKeepingZipCodesAsText() throws Exception {
    ProfileStore store = new ProfileStore(dir.resolve("dearrep/profile.yml"));
    assertThat(store.load()).isEmpty();
    Sender s =
        new Sender("Nguyễn Thị Minh Khai", "1 Elm St.", "San Jose", "CA", "05113", "n@example.org");
    store.save(s);
    assertThat(store.load()).contains(s);
    assertThat(Files.readString(store.file())).contains("05113");
    try (var files = Files.list(store.file().getParent())) {
      assertThat(files).as("no temporary files left").hasSize(1);
    }
  }

  @Test
  void aBrokenProfileIsAClearError() throws Exception {
    Path file = dir.resolve("profile.yml");
    Files.writeString(file, "name: [oops\n");
    assertThatThrownBy(() -> new ProfileStore(file).load())
        .isInstanceOf(LetterException.class)
        .hasMessageContaining("cannot read the profile");
  }
}
