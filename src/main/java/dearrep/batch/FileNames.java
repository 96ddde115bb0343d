package dearrep.batch;

import dearrep.model.Names;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * File names for letters, safe on every OS and stable across runs: only {@code [a-z0-9._-]}, no
 * leading dot, no {@code ..}, length-capped, never a Windows device name. A letter's name starts
 * with the zero-padded input line, so names never collide and resume can tell whose file it is.
 */
final class FileNames {

  /** Longest name, leaving room under the common 255-byte limit for temp prefixes and paths. */
  static final int MAX_LENGTH = 120;

  static final int SEGMENT_LENGTH = 30;

  // 7 (line) + 1 + 30 (writer) + 1 + 20 (row id) + 4 + 30 (recipient) + 1 + 8 (id) + 5 (ext) = 107,
  // so the cap never cuts the recipient id that keeps a row's letters apart.
  private static final int ROW_ID_LENGTH = 20;

  private static final Pattern LETTER = Pattern.compile("(\\d{7,})-.+\\.[a-z]+");
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
          "conin$", "conout$");

  private FileNames() {}

  /**
   * The letter file of input line {@code line} from {@code writer} to {@code recipient}: {@code
   * 0000042-jose-pena-s17-to-ash-kalra-a1b2c3d4.txt}.
   */
  static String letter(
      long line,
      String rowId,
      String writer,
      String recipientName,
      String recipientId,
      String ext) {
    StringBuilder s = new StringBuilder(FileNames.MAX_LENGTH);
    String digits = Long.toString(line);
    for (int i = digits.length(); i < 7; i++) {
      s.append('0');
    }
    s.append(digits).append('-').append(segment(writer, "writer"));
    String id = segment(rowId, "", ROW_ID_LENGTH);
    if (!id.isEmpty()) {
      s.append('-').append(id);
    }
    s.append("-to-").append(recipient(recipientName, recipientId));
    return cap(s.toString(), ext);
  }

  // a batch writes to few officials, many times each
  private static final Map<String, String> RECIPIENTS = new ConcurrentHashMap<>();

  private static String recipient(String name, String id) {
    String key = id + '\u0000' + name;
    String hit = RECIPIENTS.get(key);
    if (hit == null) {
      hit = segment(name, "official") + "-" + shortId(id);
      if (RECIPIENTS.size() < 50_000) {
        RECIPIENTS.put(key, hit);
      }
    }
    return hit;
  }

  /** The start of one recipient's packet names: {@code ash-kalra-a1b2c3d4}. */
  static String packetStem(String recipientName, String recipientId) {
    return segment(recipientName, "official") + "-" + shortId(recipientId);
  }

  /** {@code stem.ext}, the stem cut to fit {@link #MAX_LENGTH}. */
  static String capped(String stem, String ext) {
    return cap(stem, ext);
  }

  /** The input line a letter's file name starts with, or -1 when the name is not a letter's. */
  static long lineOf(String fileName) {
    var m = LETTER.matcher(fileName);
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /**
   * Any text as a safe name part: accents dropped, lower case, runs of anything else as one "-", at
   * most {@link #SEGMENT_LENGTH} characters; {@code fallback} when nothing is left.
   */
  static String segment(String text, String fallback) {
    return segment(text, fallback, SEGMENT_LENGTH);
  }

  private static String segment(String text, String fallback, int max) {
    String out = Names.slug(text, '-', max);
    if (out.isEmpty()) {
      return fallback;
    }
    return WINDOWS_DEVICES.contains(out) ? out + "-" : out;
  }

  /**
   * Eight stable characters of an id ("ocd-person/3c0c…" → its uuid's start, "bioguide:K000400" →
   * k000400).
   */
  static String shortId(String id) {
    String t = id == null ? "" : id;
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    String s = segment(t.substring(cut + 1), "");
    if (s.length() > 8) {
      s = s.substring(0, 8);
    }
    s = trimDashes(s);
    return s.isEmpty() ? Integer.toHexString(t.hashCode()) : s;
  }

  private static String cap(String stem, String ext) {
    int room = MAX_LENGTH - ext.length() - 1;
    String s = stem.length() > room ? trimDashes(stem.substring(0, room)) : stem;
    return s + "." + ext;
  }

  private static String trimDashes(String t) {
    int a = 0;
    int b = t.length();
    while (a < b && t.charAt(a) == '-') {
      a++;
    }
    while (b > a && t.charAt(b - 1) == '-') {
      b--;
    }
    return t.substring(a, b);
  }
}
