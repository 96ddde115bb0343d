package dearrep.completion;

import java.util.List;

/**
 * What an option or a positional parameter takes, as far as completion is concerned.
 *
 * @param kind how its values are found
 * @param words the fixed words, for {@link Kind#WORDS}
 */
record Value(Kind kind, List<String> words) {

  /** How a value is completed. */
  enum Kind {
    /** A flag: takes no value. */
    NONE,
    /** Free text: nothing to offer. */
    TEXT,
    /** One of a fixed list of words, written into the script. */
    WORDS,
    /** A file name. */
    FILE,
    /** A folder name. */
    DIR,
    /** A district short form, asked of {@code dearrep complete district}. */
    DISTRICT,
    /** A person's name, asked of {@code dearrep complete name}. */
    NAME
  }

  static final Value NONE = new Value(Kind.NONE, List.of());
  static final Value TEXT = new Value(Kind.TEXT, List.of());
  static final Value FILE = new Value(Kind.FILE, List.of());
  static final Value DIR = new Value(Kind.DIR, List.of());
  static final Value DISTRICT = new Value(Kind.DISTRICT, List.of());
  static final Value NAME = new Value(Kind.NAME, List.of());

  Value {
    words = List.copyOf(words);
  }

  static Value words(List<String> words) {
    return new Value(Kind.WORDS, words);
  }

  /** The dynamic kind's name as {@code dearrep complete} takes it. */
  String dynamicName() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
