package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

  @Test
  void homeComesFromTheEnvironmentNotFromJavasUserHome() {
    UserFolders f = new UserFolders(Map.of("HOME", "/home/jose"), "/root");
    assertThat(f.home()).isEqualTo(Path.of("/home/jose"));
    assertThat(f.config()).isEqualTo(Path.of("/home/jose/.config/dearrep"));
    assertThat(f.state()).isEqualTo(Path.of("/home/jose/.local/state/dearrep"));
  }

  @Test
  void xdgFoldersWinAndRelativeOnesAreIgnoredAsTheSpecificationSays() {
    UserFolders set =
        new UserFolders(
            Map.of("HOME", "/home/jose", "XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "rel"),
            "/root");
    assertThat(set.config()).isEqualTo(Path.of("/cfg/dearrep"));
    assertThat(set.state()).isEqualTo(Path.of("/home/jose/.local/state/dearrep"));
  }

  @Test
  void withoutHomeJavasUserHomeIsUsed() {
    assertThat(new UserFolders(Map.of(), "/root").config())
        .isEqualTo(Path.of("/root/.config/dearrep"));
  }

  @Test
  void dataUpdatesLiveUnderXdgDataHomeOrHomeNotJavasUserHome() {
    assertThat(new UserFolders(Map.of("HOME", "/home/jose"), "/root").data())
        .isEqualTo(Path.of("/home/jose/.local/share/dearrep"));
    assertThat(new UserFolders(Map.of("HOME", "/home/jose", "XDG_DATA_HOME", "/d"), "/root").data())
        .isEqualTo(Path.of("/d/dearrep"));
  }
}
