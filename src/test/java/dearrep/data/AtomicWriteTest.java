package dearrep.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

  @TempDir Path dir;

  private static AtomicWrite.Content text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesAFileAndLeavesNoTemporaryFileBehind() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "old");
    AtomicWrite.write(file, text("new"));
    assertOnlyFileIs(file, "new");
  }

  private void assertOnlyFileIs(Path file, String content) throws IOException {
    assertThat(file).hasContent(content);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "old");
    assertThatThrownBy(
            () ->
                AtomicWrite.write(
                    file,
                    out -> {
                      out.write('x');
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertOnlyFileIs(file, "old");
  }

  @Test
  void keepExistingRefusesATakenName() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "old");
    assertThatThrownBy(() -> AtomicWrite.write(file, text("new"), AtomicWrite.Option.KEEP_EXISTING))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(file).hasContent("old");
  }

  @Test
  void aLinkAtTheNameIsReplacedNotWrittenThrough() throws IOException {
    Path target = dir.resolve("target.txt");
    Files.writeString(target, "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    AtomicWrite.write(link, text("new"));
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link).hasContent("new");
    assertThat(target).hasContent("keep me");
  }

  @Test
  void ownerOnlyFilesAreReadableByTheOwnerAlone() throws IOException {
    Path file = dir.resolve("profile.yml");
    AtomicWrite.write(file, text("name: x"), AtomicWrite.Option.OWNER_ONLY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aMissingFolderIsNamedInTheFailure() {
    Path file = dir.resolve("missing").resolve("a.txt");
    assertThatThrownBy(() -> AtomicWrite.write(file, text("x")))
        .isInstanceOf(AtomicWrite.NoTemporaryFile.class)
        .hasMessageContaining(dir.resolve("missing").toString());
  }

  @Test
  void aNameAtTheFileSystemsLimitIsWritten() throws IOException {
    Path file = dir.resolve("x".repeat(251) + ".txt");
    AtomicWrite.write(file, text("long"));
    assertOnlyFileIs(file, "long");
  }
}
