package dearrep.cli;

import dearrep.data.AtomicWrite;
import dearrep.model.DearrepException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Files a command writes: safe names, and writes that never leave half a file behind. */
final class OutputFiles {

  /** Writes the content of a file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * What {@link #write} refuses, checked before any work is done, so that a wrong -o is one line on
   * standard error and nothing else: the folder must exist; a link, device or folder at the name is
   * never written; an existing file only with {@code force}.
   *
   * @throws DearrepException bad input naming the file and what to do
   */
  static void check(Path file, boolean force) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw DearrepException.badInput(
          "the folder "
              + DearrepException.shown(String.valueOf(dir))
              + " does not exist: create it first, or write to an existing folder");
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isSymbolicLink(abs)) {
        throw DearrepException.badInput(
            DearrepException.shown(file.toString())
                + " is a symbolic link: dearrep does not write through links; give the real file"
                + " name");
      }
      if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw DearrepException.badInput(
            DearrepException.shown(file.toString())
                + " is not a regular file (a device or a folder): give a file name"
                + (file.startsWith("/dev") ? ", or leave out -o to print to standard output" : ""));
      }
      if (!force) {
        throw DearrepException.badInput(
            DearrepException.shown(file.toString())
                + " exists: add --force to replace it, or choose another name");
      }
    }
  }

  /**
   * Writes to a temporary file in the same folder, then renames it into place, so a reader sees the
   * old file or the new one, never half of one. The folder must exist. An existing file is replaced
   * only with {@code force}; a link, device, folder or other non-regular file at the name is never
   * written through or over.
   *
   * @throws DearrepException bad input naming the file and what to do
   */
  static void write(Path file, boolean force, Content content) throws IOException {
    check(file, force);
    try {
      // owner-only, as the temporary files these were written through before: a letter holds the
      // writer's address
      if (force) {
        // rename(2) replaces a name atomically, a link itself included, never its target
        AtomicWrite.write(file, content::writeTo, AtomicWrite.Option.OWNER_ONLY);
      } else {
        AtomicWrite.write(
            file,
            content::writeTo,
            AtomicWrite.Option.OWNER_ONLY,
            AtomicWrite.Option.KEEP_EXISTING);
      }
    } catch (AtomicWrite.NoTemporaryFile e) {
      throw DearrepException.badInput(
          "cannot write in "
              + DearrepException.shown(file.toAbsolutePath().getParent().toString())
              + ": "
              + DearrepException.reason((IOException) e.getCause()));
    } catch (FileAlreadyExistsException e) {
      throw DearrepException.badInput(
          DearrepException.shown(file.toString())
              + " appeared while writing: add --force to replace it");
    } catch (IOException e) {
      throw DearrepException.badInput(
          "cannot write "
              + DearrepException.shown(file.toString())
              + ": "
              + DearrepException.reason(e));
    }
  }

  /**
   * Makes the folder {@code -o DIR/} names when it does not exist yet; its parent must exist (a
   * typo in a path should not grow a tree of folders).
   */
  static void folder(Path dir) {
    Path abs = dir.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      return;
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw DearrepException.badInput(
          DearrepException.shown(dir.toString()) + " exists and is not a folder");
    }
    Path parent = abs.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw DearrepException.badInput(
          "the folder "
              + DearrepException.shown(String.valueOf(parent))
              + " does not exist: create it first");
    }
    try {
      Files.createDirectory(abs);
    } catch (IOException e) {
      throw DearrepException.badInput(
          "cannot make the folder "
              + DearrepException.shown(dir.toString())
              + ": "
              + DearrepException.reason(e));
    }
  }
}
