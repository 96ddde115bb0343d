package dearrep.letter;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dearrep.data.BundleSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The fixed words of letters and call scripts in one {@link Language}, read once from {@code
 * data/templates/<code>/phrases.yml}. English standings and salutations come from {@link SeatName}
 * and {@link FormOfAddress} (they name the seat and use English titles); other languages take them
 * from the file, with the official's English title looked up in its {@code titles}.
 */
final class Phrases {

  /** Keys every language's file must have (tests check the bundle; loading checks each file). */
  static final List<String> COMMON =
      List.of(
          "date_pattern",
          "subject_label",
          "points_intro",
          "writing_about",
          "closing",
          "sign_off",
          "english_translation",
          "your_name",
          "your_zip",
          "your_street",
          "district_office",
          "capitol_office",
          "washington_office",
          "office");

  /** Keys the non-English files must have too. */
  static final List<String> TRANSLATED =
      List.of("salutation", "salutation_without_title", "standing", "spoken_standing", "titles");

  static final List<String> STANDINGS =
      List.of(
          "constituent",
          "constituent_city",
          "constituent_state",
          "nearby",
          "nearby_city",
          "state_resident",
          "not_constituent",
          "not_constituent_city");

  static final List<String> SPOKEN_STANDINGS =
      List.of("constituent", "nearby", "state_resident", "not_constituent");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  // read on every letter by many batch threads: a lock-free lookup once loaded
  private static final java.util.concurrent.atomic.AtomicReferenceArray<Phrases> LOADED =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(Language.values().length);

  final Language language;
  final File file;
  final DateTimeFormatter date;

  private Phrases(Language language, File file) {
    this.language = language;
    this.file = file;
    this.date = DateTimeFormatter.ofPattern(file.datePattern, language.locale());
  }

  /** The file as written. */
  static final class File {
    @JsonProperty("date_pattern")
    public String datePattern;

    @JsonProperty("subject_label")
    public String subjectLabel;

    @JsonProperty("points_intro")
    public String pointsIntro;

    @JsonProperty("writing_about")
    public String writingAbout;

    public String closing;

    @JsonProperty("sign_off")
    public String signOff;

    @JsonProperty("english_translation")
    public String englishTranslation;

    public String salutation;

    @JsonProperty("salutation_without_title")
    public String salutationWithoutTitle;

    public Map<String, String> standing = Map.of();

    @JsonProperty("spoken_standing")
    public Map<String, String> spokenStanding = Map.of();

    public Map<String, String> titles = Map.of();

    @JsonProperty("your_name")
    public String yourName;

    @JsonProperty("your_zip")
    public String yourZip;

    @JsonProperty("your_street")
    public String yourStreet;

    @JsonProperty("district_office")
    public String districtOffice;

    @JsonProperty("capitol_office")
    public String capitolOffice;

    @JsonProperty("washington_office")
    public String washingtonOffice;

    public String office;
  }

  /** The phrases of a language, loaded on first use. */
  static Phrases of(Language language) {
    Phrases p = LOADED.get(language.ordinal());
    if (p == null) {
      p = load(language);
      LOADED.compareAndSet(language.ordinal(), null, p);
      p = LOADED.get(language.ordinal());
    }
    return p;
  }

  static String path(Language language) {
    return Templates.FOLDER + language.code() + "/phrases.yml";
  }

  private static Phrases load(Language language) {
    String name = path(language);
    try (InputStream in = BundleSource.bundled().require(name)) {
      File f = YAML.readValue(in, File.class);
      List<String> missing = missing(language, f);
      if (!missing.isEmpty()) {
        throw LetterException.broken(name + " lacks " + String.join(", ", missing), null);
      }
      return new Phrases(language, f);
    } catch (IOException e) {
      throw LetterException.broken("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** What a phrases file lacks for its language, as key names; empty when complete. */
  static List<String> missing(Language language, File f) {
    List<String> out = new java.util.ArrayList<>();
    Map<String, String> common =
        Map.ofEntries(
            Map.entry("date_pattern", nz(f.datePattern)),
            Map.entry("subject_label", nz(f.subjectLabel)),
            Map.entry("points_intro", nz(f.pointsIntro)),
            Map.entry("writing_about", nz(f.writingAbout)),
            Map.entry("closing", nz(f.closing)),
            Map.entry("sign_off", nz(f.signOff)),
            Map.entry("english_translation", nz(f.englishTranslation)),
            Map.entry("your_name", nz(f.yourName)),
            Map.entry("your_zip", nz(f.yourZip)),
            Map.entry("your_street", nz(f.yourStreet)),
            Map.entry("district_office", nz(f.districtOffice)),
            Map.entry("capitol_office", nz(f.capitolOffice)),
            Map.entry("washington_office", nz(f.washingtonOffice)),
            Map.entry("office", nz(f.office)));
    COMMON.stream().filter(k -> common.get(k).isBlank()).forEach(out::add);
    if (language != Language.EN) {
      if (nz(f.salutation).isBlank()) {
        out.add("salutation");
      }
      if (nz(f.salutationWithoutTitle).isBlank()) {
        out.add("salutation_without_title");
      }
      STANDINGS.stream()
          .filter(k -> nz(f.standing.get(k)).isBlank())
          .forEach(k -> out.add("standing." + k));
      SPOKEN_STANDINGS.stream()
          .filter(k -> nz(f.spokenStanding.get(k)).isBlank())
          .forEach(k -> out.add("spoken_standing." + k));
      FormOfAddress.TITLES.stream()
          .filter(k -> nz(f.titles.get(k)).isBlank())
          .forEach(k -> out.add("titles." + k));
    }
    return out;
  }

  String pointsIntro() {
    return file.pointsIntro;
  }

  String subjectLabel() {
    return file.subjectLabel;
  }

  String closing() {
    return file.closing;
  }

  String signOff() {
    return file.signOff;
  }

  String englishTranslation() {
    return file.englishTranslation;
  }

  String writingAbout(String about) {
    return file.writingAbout.replace("{about}", about);
  }

  /** A standing sentence with {zip}, {state} and {city} filled in. */
  String standing(String key, String zip, String state, String city) {
    return fill(file.standing.get(key), zip, state, city);
  }

  String spokenStanding(String key, String state) {
    return fill(file.spokenStanding.get(key), "", state, "");
  }

  /** "Estimado/a Asambleísta Kalra:" from an English title ("Assemblymember") and a surname. */
  String salutation(String englishTitle, String surname, String fullName) {
    String title = englishTitle.isEmpty() ? "" : file.titles.getOrDefault(englishTitle, "");
    return title.isEmpty()
        ? file.salutationWithoutTitle.replace("{name}", fullName)
        : file.salutation.replace("{title}", title).replace("{surname}", surname);
  }

  /** "Asambleísta Kalra", how to name the official aloud. */
  String spoken(String englishTitle, String surname, String fullName) {
    String title = englishTitle.isEmpty() ? "" : file.titles.getOrDefault(englishTitle, "");
    return title.isEmpty() ? fullName : title + " " + surname;
  }

  private static String fill(String text, String zip, String state, String city) {
    return text.replace("{zip}", zip).replace("{state}", state).replace("{city}", city);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
