package dearrep.cli;

import dearrep.letter.Format;
import dearrep.letter.Language;
import dearrep.letter.Letter;
import dearrep.letter.LetterOutput;
import dearrep.letter.LetterRequest;
import dearrep.letter.OfficeChoice;
import dearrep.letter.PdfLetterWriter;
import dearrep.letter.Position;
import dearrep.letter.Sender;
import dearrep.letter.Topic;
import dearrep.model.DearrepException;
import dearrep.model.ExitCode;
import dearrep.model.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dearrep letter}: a letter to an official on a topic. */
@Command(
    name = "letter",
    description = {
      "Write a letter to an official on a public-safety topic.",
      "",
      "The writer is the saved profile (dearrep profile set) as a whole, or, when any of --name,"
          + " --street, --city, --state, --zip or --email is given, those options alone: the two"
          + " are never mixed, so a letter for someone else never takes your e-mail or address.",
      "The letter calls you a constituent only when your ZIP code is placed in the official's"
          + " district by the same data as dearrep lookup --zip; 'in or near your district' when"
          + " the ZIP code spans several districts or the data cannot place the seat; a state"
          + " office of your own state gets 'As a Californian'; anything else is refused unless"
          + " --not-constituent.",
      "When WHO names several people (CA: both senators and the statewide officers), one letter is"
          + " written to each: on standard output one after another; with -o FILE.pdf in one PDF,"
          + " each letter on new pages; with -o and another format, one file per person named"
          + " FILE-<person>.<ext>; with -o DIR/ (an existing folder or a name ending in /), one file"
          + " per person in DIR named <person>-<topic>.<ext>."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  dearrep letter --to CA-AD25 --topic police-staffing",
      "  dearrep letter --to CA-16 --topic response-times --position concern --note 'We waited 40 minutes.'",
      "  dearrep letter --to CA --topic firefighter-staffing --format pdf -o letters.pdf",
      "  dearrep letter --to bioguide:P000145 --topic police-staffing --format eml -o padilla.eml"
    })
final class LetterCommand extends SharedOptions.Holder implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin MessageOptions message;

  @Mixin SenderOptions sender;

  @ArgGroup(exclusive = true)
  NoteSource note;

  /** The writer's own words: typed on the command line or read from a file, not both. */
  static final class NoteSource {
    @Option(
        names = "--note",
        paramLabel = "TEXT",
        description = "Your own words, added as a paragraph (printed as typed).")
    String text;

    @Option(
        names = "--note-file",
        paramLabel = "FILE",
        description = "Read your own words from a UTF-8 file.")
    Path file;

    /** The note's text: as typed, or read from the file (UTF-8, at most 256 KB). */
    String read() throws IOException {
      if (file == null) {
        return text;
      }
      if (!Files.isRegularFile(file)) {
        throw DearrepException.badInput("no such note file: " + file);
      }
      if (Files.size(file) > 256 * 1024) {
        throw DearrepException.badInput("the note file " + file + " is larger than 256 KB");
      }
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw DearrepException.badInput(
            "the note file "
                + DearrepException.shown(file.toString())
                + " is not UTF-8 text: save it as UTF-8");
      }
    }
  }

  @Option(
      names = "--office",
      paramLabel = "OFFICE",
      defaultValue = "district",
      description =
          "Address postal letters to the district or capitol office (default: ${DEFAULT-VALUE}).")
  OfficeChoice office;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "txt, md, html, pdf or eml (default: from the -o extension, else txt).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (or a folder, see above). Its folder must exist (a folder named DIR/ is"
              + " made, inside an existing one); an existing file is replaced only with --force;"
              + " links and devices are never written through.")
  String outputName;

  @Option(
      names = {"-f", "--force"},
      description = "Replace files that -o would write and that exist already.")
  boolean force;

  @Option(
      names = "--with-english",
      description =
          "With --lang es or vi: append an English translation on a page of its own (txt, md, html,"
              + " pdf), so that the office can read the letter.")
  boolean withEnglish;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date on the letter (default: today).")
  LocalDate date;

  private final Session session;

  public LetterCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    // every letter is measured in PDF pages (warnLong): load PDFBox while the rest is read
    PdfLetterWriter.prepareInBackground();
    LetterOutput target = LetterOutput.plan(format, outputName);
    Output out = new Output(spec, options);
    Topic t = message.topic();
    Position pos = message.position();
    Sender writer = sender.withProfile();
    Letter.requireName(writer);
    String noteText = note == null ? "" : note.read();
    List<Person> people = message.recipients(session, options, t, spec.commandLine().getErr());
    LetterWriting.checkEarly(target, people.size(), force);
    Language language = message.language(writer);
    boolean english = withEnglish && language != Language.EN;
    if (english && target.format() == Format.EML) {
      throw DearrepException.badInput(
          "--with-english is for letters on paper (txt, md, html, pdf), not e-mail drafts");
    }
    List<Letter> letters = new ArrayList<>();
    List<Letter> translations = new ArrayList<>();
    for (Person p : people) {
      LetterRequest request =
          new LetterRequest(
              p,
              t,
              pos,
              writer,
              noteText,
              office,
              date == null ? LocalDate.now() : date,
              message.standing(session, options, p, writer),
              language);
      letters.add(Letter.compose(request));
      if (english) {
        translations.add(Letter.compose(request, Language.EN));
      }
    }
    // after every refusal (constituency, -o): a refused letter is one line on standard error
    FreshnessLines.warnRecipients(
        out, people, session.lookup(options.dataDir()).directory().current().today());
    warnLong(out, letters);
    requireMailable(letters, target.format());
    new LetterWriting(out, force, options.json()).write(target, letters, translations);
    return ExitCode.OK.code();
  }

  /** A postal letter to someone with no postal address would not reach them: say what to do. */
  private static void requireMailable(List<Letter> letters, Format fmt) {
    if (fmt == Format.EML) {
      return;
    }
    for (Letter l : letters) {
      if (!l.hasPostalAddress()) {
        throw DearrepException.badInput(
            l.recipientName()
                + " has no postal address in the data, so a "
                + fmt.extension()
                + " letter cannot be mailed: "
                + (l.recipientEmail().isEmpty()
                    ? "see `dearrep show " + l.recipientId() + "` for other ways to reach them"
                    : "write an e-mail draft instead (--format eml -o FILE.eml)"));
      }
    }
  }

  // A staffer reads a one-page letter to the end; say so while the writer can still shorten it.
  private static void warnLong(Output out, List<Letter> letters) {
    for (Letter l : letters) {
      int pages = PdfLetterWriter.pagesOf(l);
      if (pages > 1) {
        out.notice(
            "warning: the letter to "
                + l.recipientName()
                + " runs to "
                + pages
                + " pages; a one-page letter is more likely to be read to the end (shorten the"
                + " note)");
      }
    }
  }
}
