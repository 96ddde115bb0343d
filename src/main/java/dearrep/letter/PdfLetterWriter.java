package dearrep.letter;

import dearrep.model.Background;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out letters on US Letter pages with 1-inch margins in DejaVu Serif, embedded as a subset,
 * and appends them to one PDF document. A batch keeps one writer and adds thousands of letters; a
 * single letter is one writer with one {@link #add}.
 *
 * <p>Fallback: a character the bundled font lacks (an emoji, a script DejaVu Serif does not cover)
 * is printed as "?" and reported once in {@link #warnings()}; it never fails the letter.
 *
 * <p>Not thread-safe: use one writer per thread. The parsed fonts are shared.
 */
public final class PdfLetterWriter implements AutoCloseable {

  private static final AtomicReference<Thread> PREPARATION = new AtomicReference<>();

  private static final float MARGIN = 72f;
  private static final float SIZE = 11f;
  private static final float LEADING = 14f;
  private static final float BLOCK_GAP = 8f;
  private static final float SIGNATURE_GAP = 36f;
  private static final float BULLET_INDENT = 14f;
  private static final float FOOTER_SIZE = 8.5f;
  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private final PDDocument doc;
  private final Face regular;
  private final Face bold;
  private final Set<String> warnings = new LinkedHashSet<>();
  // Seeds the file identifier (/ID) from the text instead of the clock, so the same letters give
  // the same bytes: a rerun or a resumed batch reproduces the files and their manifest hashes.
  private long contentSeed = 17;

  /** A writer that keeps the document in memory. */
  public PdfLetterWriter() {
    this(false);
  }

  /**
   * A writer; with {@code spillToDisk} page contents go to a temporary file so that very large
   * documents (packets of thousands of pages) keep the heap small.
   */
  public PdfLetterWriter(boolean spillToDisk) {
    Background.await(PREPARATION.get());
    doc =
        new PDDocument(
            spillToDisk
                ? IOUtils.createTempFileOnlyStreamCache()
                : IOUtils.createMemoryOnlyStreamCache());
    LetterFonts fonts = LetterFonts.get();
    try {
      regular = new Face(PDType0Font.load(doc, fonts.regular, true), fonts.regularCmap);
      bold = new Face(PDType0Font.load(doc, fonts.bold, true), fonts.boldCmap);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreator("dearrep");
    info.setProducer("dearrep");
  }

  /**
   * Adds one letter starting on a new page.
   *
   * @return the number of pages the letter took
   */
  public int add(Letter letter) {
    String running = letter.recipientName() + " \u2022 " + letter.dateText();
    if (doc.getNumberOfPages() == 0) {
      doc.getDocumentInformation().setTitle(letter.subject());
    }
    return addText(
        LetterRenderer.plainText(letter), running, letter.subjectLabel() + " ", letter.signOff());
  }

  /**
   * Adds plain text laid out like a letter (a cover page, a list of writers), starting on a new
   * page: blank lines separate blocks, lines starting "- " are bullets, "Re: " lines are bold.
   *
   * @return the number of pages added
   */
  public int addText(String text, String runningHead) {
    return addText(text, runningHead, "Re: ", Letter.SIGN_OFF);
  }

  private int addText(String text, String runningHead, String subjectPrefix, String signOff) {
    contentSeed = 31 * (31 * contentSeed + text.hashCode()) + runningHead.hashCode();
    try (Layout layout = new Layout(runningHead)) {
      float gap = 0;
      boolean afterSignOff = false;
      for (String line : text.split("\n", -1)) {
        if (line.isBlank()) {
          gap = afterSignOff ? SIGNATURE_GAP : BLOCK_GAP;
          continue;
        }
        afterSignOff = line.equals(signOff);
        if (line.startsWith("- ")) {
          layout.paragraph(regular, "\u2022", line.substring(2), gap);
        } else if (line.startsWith(subjectPrefix)) {
          layout.paragraph(bold, null, line, gap);
        } else {
          layout.paragraph(regular, null, line, gap);
        }
        gap = 0;
      }
      return layout.pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the fonts and loads PDFBox on a second thread, once per process, for a command that lays
   * out a letter only after other work (a cold start spends about 150 ms of CPU here). Every writer
   * waits for it before it is made, so PDFBox is never used by the two at once.
   */
  public static void prepareInBackground() {
    Thread thread =
        Background.thread(
            "dearrep-pdf",
            () -> {
              try (PdfLetterWriter w = new PdfLetterWriter()) {
                w.pageCount();
              }
            });
    if (PREPARATION.compareAndSet(null, thread)) {
      thread.start();
    }
  }

  /** How many pages a letter takes on its own, to warn a writer whose letter runs long. */
  public static int pagesOf(Letter letter) {
    try (PdfLetterWriter w = new PdfLetterWriter()) {
      return w.add(letter);
    }
  }

  /** Pages in the document so far. */
  public int pageCount() {
    return doc.getNumberOfPages();
  }

  /** Characters replaced by "?" so far, one message each. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Writes the document, embedding the font subsets. */
  public void save(OutputStream out) {
    try {
      doc.setDocumentId(contentSeed);
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document to a file. */
  public void save(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A font with its glyph coverage and a width cache. */
  private final class Face {
    final PDType0Font font;
    final CmapLookup cmap;
    final Map<Integer, Float> widths = new HashMap<>();

    Face(PDType0Font font, CmapLookup cmap) {
      this.font = font;
      this.cmap = cmap;
    }

    /** The text with characters the font lacks replaced by "?". */
    String printable(String s) {
      StringBuilder out = null;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        if (cmap.getGlyphId(cp) == 0) {
          if (out == null) {
            out = new StringBuilder(s.length()).append(s, 0, i);
          }
          warnings.add(
              String.format(
                  "U+%04X %s is not in the bundled font; printed as '?'",
                  cp, new String(Character.toChars(cp))));
          out.append('?');
        } else if (out != null) {
          out.append(s, i, i + n);
        }
        i += n;
      }
      return out == null ? s : out.toString();
    }

    float width(String s, float size) throws IOException {
      float w = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        w += units(cp);
        i += Character.charCount(cp);
      }
      return w / 1000f * size;
    }

    float width(int cp, float size) throws IOException {
      return units(cp) / 1000f * size;
    }

    private float units(int cp) throws IOException {
      Float cached = widths.get(cp);
      if (cached == null) {
        cached = font.getStringWidth(new String(Character.toChars(cp)));
        widths.put(cp, cached);
      }
      return cached;
    }
  }

  /** Places lines top to bottom, starting new pages as needed. */
  private final class Layout implements AutoCloseable {
    private final String runningHead;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    Layout(String runningHead) {
      // one line at the top of each page: a very long name must not be set again on every page
      this.runningHead =
          runningHead != null && runningHead.length() > 90
              ? runningHead.substring(0, 89) + "…"
              : runningHead;
    }

    void paragraph(Face face, String bullet, String text, float gapBefore) throws IOException {
      String printable = face.printable(text);
      float indent = bullet == null ? 0 : BULLET_INDENT;
      List<String> lines = wrap(face, printable, WIDTH - indent);
      if (cs != null && y - gapBefore >= MARGIN) {
        y -= gapBefore;
      }
      for (int i = 0; i < lines.size(); i++) {
        ensureRoom();
        if (i == 0 && bullet != null) {
          show(face, bullet, MARGIN, y);
        }
        show(face, lines.get(i), MARGIN + indent, y);
        y -= LEADING;
      }
    }

    private void ensureRoom() throws IOException {
      if (cs == null || y < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.endText();
        cs.close();
      }
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      pages++;
      cs = new PDPageContentStream(doc, page);
      cs.beginText();
      y = PAGE.getHeight() - MARGIN - SIZE;
      if (pages > 1 && runningHead != null && !runningHead.isEmpty()) {
        cs.setFont(regular.font, FOOTER_SIZE);
        cs.setTextMatrix(Matrix.getTranslateInstance(MARGIN, PAGE.getHeight() - MARGIN / 2));
        cs.showText(regular.printable(runningHead + " \u2022 page " + pages));
      }
      cs.setFont(regular.font, SIZE);
      currentFace = regular;
    }

    private Face currentFace;

    private void show(Face face, String text, float x, float atY) throws IOException {
      if (face != currentFace) {
        cs.setFont(face.font, SIZE);
        currentFace = face;
      }
      cs.setTextMatrix(Matrix.getTranslateInstance(x, atY));
      cs.showText(text);
    }

    private List<String> wrap(Face face, String text, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      float space = face.width(" ", SIZE);
      for (String word : text.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        float w = face.width(word, SIZE);
        if (line.length() > 0 && lineWidth + space + w > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (w > width) {
          // A single word wider than the line (a long URL): break it where it overflows, in one
          // pass over its characters, so the cost grows with the word's length, not its square.
          int start = 0;
          float acc = 0;
          for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            float cw = face.width(cp, SIZE);
            if (acc + cw > width && i > start) {
              lines.add(word.substring(start, i));
              start = i;
              acc = 0;
            }
            acc += cw;
            i += Character.charCount(cp);
          }
          word = word.substring(start);
          w = acc;
        }
        if (line.length() > 0) {
          line.append(' ');
          lineWidth += space;
        }
        line.append(word);
        lineWidth += w;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }

    @Override
    public void close() throws IOException {
      if (cs != null) {
        cs.endText();
        cs.close();
      }
    }
  }
}
