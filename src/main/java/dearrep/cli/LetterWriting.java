package dearrep.cli;

import dearrep.letter.Format;
import dearrep.letter.Letter;
import dearrep.letter.LetterOutput;
import dearrep.letter.LetterRenderer;
import dearrep.letter.PdfLetterWriter;
import dearrep.model.DearrepException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code letter}'s letters where its {@link LetterOutput} plan says: standard output, one
 * PDF, or a file each, through {@link OutputFiles} (no links, no half files, --force to replace);
 * with --json, what was written as {@code {"letters": [...]}}.
 */
final class LetterWriting {

  private final Output out;
  private final boolean force;
  private final boolean json;

  LetterWriting(Output out, boolean force, boolean json) {
    this.out = out;
    this.force = force;
    this.json = json;
  }

  /**
   * Writes the letters, each followed by its English translation when {@code translations} is not
   * empty.
   */
  void write(LetterOutput target, List<Letter> letters, List<Letter> translations)
      throws IOException {
    if (target instanceof LetterOutput.Print print) {
      print(print.format(), letters, translations);
      return;
    }
    List<Map<String, Object>> written =
        target instanceof LetterOutput.OnePdf pdf
            ? writePdf(pdf.file(), letters, translations)
            : writeEach(target, letters, translations);
    if (json) {
      out.json(Map.of("letters", written));
    }
  }

  /** No -o: the letters on standard output, or with --json as records. */
  private void print(Format fmt, List<Letter> letters, List<Letter> translations) {
    if (json) {
      out.json(Map.of("letters", letters.stream().map(l -> MessageJson.letter(l, null)).toList()));
      return;
    }
    if (!fmt.isText()) {
      throw DearrepException.badInput("a PDF needs a file: add -o FILE.pdf");
    }
    if (fmt == Format.EML && letters.size() > 1) {
      throw DearrepException.badInput(
          letters.size() + " recipients: e-mail drafts need a folder, add -o DIR/");
    }
    LetterRenderer renderer = new LetterRenderer();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < letters.size(); i++) {
      Letter l = letters.get(i);
      s.append(s.length() > 0 ? "\f\n" : "")
          .append(
              translations.isEmpty()
                  ? renderer.text(l, fmt)
                  : renderer.withEnglish(l, translations.get(i), fmt));
    }
    out.print(s.toString());
  }

  /** -o FILE.pdf: every letter (and its translation) in one PDF. */
  private List<Map<String, Object>> writePdf(
      Path file, List<Letter> letters, List<Letter> translations) throws IOException {
    try (PdfLetterWriter pdf = new PdfLetterWriter()) {
      for (int i = 0; i < letters.size(); i++) {
        pdf.add(letters.get(i));
        if (!translations.isEmpty()) {
          pdf.add(translations.get(i));
        }
      }
      OutputFiles.write(file, force, pdf::save);
      pdf.warnings().forEach(w -> out.notice("warning: " + w));
    }
    out.err()
        .println(
            "wrote "
                + DearrepException.shown(file.toString())
                + " ("
                + letters.size()
                + " letter"
                + (letters.size() == 1 ? "" : "s")
                + ")");
    return letters.stream().map(l -> MessageJson.letter(l, file)).toList();
  }

  /** -o FILE.ext or -o DIR/: one file per letter, named by {@link LetterOutput#files}. */
  private List<Map<String, Object>> writeEach(
      LetterOutput target, List<Letter> letters, List<Letter> translations) throws IOException {
    if (target instanceof LetterOutput.InFolder folder) {
      OutputFiles.folder(folder.dir());
    }
    LetterRenderer renderer = new LetterRenderer();
    List<Path> files = target.files(letters);
    List<Map<String, Object>> written = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      Letter l = letters.get(i);
      byte[] bytes =
          translations.isEmpty()
              ? renderer.render(l, target.format())
              : renderer.renderWithEnglish(l, translations.get(i), target.format());
      Path file = files.get(i);
      OutputFiles.write(file, force, o -> o.write(bytes));
      out.err().println("wrote " + DearrepException.shown(file.toString()));
      written.add(MessageJson.letter(l, file));
    }
    out.err().flush();
    return written;
  }

  /**
   * A wrong -o (missing folder, link, device, existing file without --force) is refused before any
   * notice is printed or any letter composed, so the refusal is the one line on standard error.
   * Only a target that is written under its own name can be checked here; files named per person
   * are checked as they are written.
   */
  static void checkEarly(LetterOutput target, int recipients, boolean force) {
    if (target instanceof LetterOutput.OnePdf pdf) {
      OutputFiles.check(pdf.file(), force);
    } else if (target instanceof LetterOutput.Named named) {
      if (recipients == 1) {
        OutputFiles.check(named.file(), force);
      } else {
        OutputFiles.check(LetterOutput.suffixed(named.file(), "x"), true);
      }
    }
  }
}
