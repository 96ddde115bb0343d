package dearrep.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dearrep.data.BundleFiles;
import dearrep.data.BundleSource;
import dearrep.data.ChamberCsv;
import dearrep.data.StateBundleReader;
import dearrep.model.Chamber;
import dearrep.model.DearrepException;
import dearrep.model.Names;
import dearrep.model.Person;
import dearrep.model.StateBundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The officials and divisions dearrep knows: the bundled data plus the user's own files, loaded
 * lazily one state at a time so a query reads only what it needs.
 */
public final class Directory {

  private final BundleSource bundle;
  private final List<StateBundle> overlays;
  private final dearrep.data.CurrentRoles current;
  private final Map<String, StateBundle> states = new HashMap<>();
  private Map<String, List<Chamber>> chambers;
  private List<IndexEntry> index;
  private String names;
  private ObjectMapper json;

  /**
   * @param bundle where the bundled data lives
   * @param overlays the user's own records (from {@code --data-dir}), merged over the bundle
   */
  public Directory(BundleSource bundle, List<StateBundle> overlays) {
    this(bundle, overlays, dearrep.model.Today.date());
  }

  /**
   * @param today the day roles are judged current on ({@link dearrep.data.CurrentRoles})
   */
  public Directory(BundleSource bundle, List<StateBundle> overlays, java.time.LocalDate today) {
    this.bundle = bundle;
    this.overlays = List.copyOf(overlays);
    this.current = new dearrep.data.CurrentRoles(today);
  }

  /** Where the bundled data is read from (the jar, or the user's last data update). */
  public BundleSource bundle() {
    return bundle;
  }

  /** The rule for who holds an office today, and the day it is judged on. */
  public dearrep.data.CurrentRoles current() {
    return current;
  }

  /** A directory over the bundled data only. */
  public static Directory bundled() {
    return new Directory(BundleSource.bundled(), List.of());
  }

  /** One line of the people index: enough to find a person without loading every state. */
  public record IndexEntry(String id, String state, String name, String title, String divisionId) {}

  /** Chambers of a state ("CA"), or of Congress ("US"); empty for unknown codes. */
  public List<Chamber> chambers(String state) {
    return chambers().getOrDefault(state.toUpperCase(Locale.ROOT), List.of());
  }

  /** Every chamber by state code, in table order. */
  public Map<String, List<Chamber>> chambers() {
    if (chambers == null) {
      chambers = ChamberCsv.read(bundle.require(BundleFiles.CHAMBERS));
    }
    return chambers;
  }

  /** True when the data knows the state or territory code. */
  public boolean knowsState(String state) {
    String code = state.toUpperCase(Locale.ROOT);
    return !"US".equals(code) && chambers().containsKey(code);
  }

  /** The state's full name ("California"), or the code itself when unknown. */
  public String stateName(String state) {
    List<Chamber> list = chambers(state);
    return list.isEmpty() ? state : list.get(0).stateName();
  }

  /** Everything known for one state, the user's records merged over the bundle. */
  public StateBundle state(String state) {
    String code = state.toUpperCase(Locale.ROOT);
    return states.computeIfAbsent(code, this::load);
  }

  /** The people index, bundled and user records together. */
  public List<IndexEntry> index() {
    if (index == null) {
      List<IndexEntry> entries = new ArrayList<>(readIndex());
      for (StateBundle overlay : overlays) {
        for (Person p : overlay.people()) {
          entries.removeIf(e -> e.id().equals(p.id()));
          entries.add(
              new IndexEntry(
                  p.id(),
                  overlay.state(),
                  p.name(),
                  p.roles().isEmpty() ? "" : p.primaryRole().title(),
                  p.roles().isEmpty() ? "" : p.primaryRole().divisionId()));
        }
      }
      index = List.copyOf(entries);
    }
    return index;
  }

  /** A person found by name search: where their record is, and their folded name. */
  public record NameMatch(String id, String state, String folded) {}

  /**
   * Everyone, bundled or user records, whose folded name ({@link Names#fold}) contains every one of
   * {@code words}, which must be folded already.
   */
  public List<NameMatch> byFoldedName(List<String> words) {
    Map<String, NameMatch> found = new LinkedHashMap<>();
    // names.tsv is UTF-8, held as ISO-8859-1 text: one char per byte, read without decoding. Folded
    // words encoded the same way match byte for byte, and UTF-8 never matches inside a character.
    String text = names();
    String first = latin1(words.get(0));
    for (int at = text.indexOf(first); at >= 0; ) {
      int start = text.lastIndexOf('\n', at) + 1;
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      String[] f = text.substring(start, end).split("\t", -1);
      if (at - start < f[0].length() && f.length >= 3) {
        String folded =
            new String(f[0].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        if (containsAll(folded, words)) {
          found.put(f[2], new NameMatch(f[2], f[1], folded));
        }
      }
      at = text.indexOf(first, end);
    }
    for (StateBundle overlay : overlays) {
      for (Person p : overlay.people()) {
        found.remove(p.id());
        String folded = Names.fold(p.name());
        if (containsAll(folded, words)) {
          found.put(p.id(), new NameMatch(p.id(), overlay.state(), folded));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean containsAll(String folded, List<String> words) {
    for (String w : words) {
      if (!folded.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private String names() {
    if (names == null) {
      try (InputStream in = bundle.require(BundleFiles.PEOPLE_NAMES)) {
        names = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  /** One person of one state's records, if there is such a person. */
  public Optional<Person> person(String state, String id) {
    return state(state).people().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Codes of every state with bundled or user records, sorted. */
  public List<String> stateCodes() {
    return index().stream().map(IndexEntry::state).distinct().sorted().toList();
  }

  /** The upstream datasets the bundle was built from ({@code sources.json}). */
  public List<dearrep.model.Dataset> datasets() {
    Map<String, dearrep.model.Dataset> byKey = new LinkedHashMap<>();
    for (String file : List.of(BundleFiles.SOURCES, BundleFiles.GEO_SOURCES)) {
      Optional<InputStream> source = bundle.open(file);
      if (source.isEmpty()) {
        continue;
      }
      try (InputStream in = source.get()) {
        if (json == null) {
          json = BundleFiles.json();
        }
        for (dearrep.model.Dataset d : json.readValue(in, dearrep.model.Dataset[].class)) {
          byKey.putIfAbsent(d.key(), d);
        }
      } catch (IOException e) {
        throw new DearrepException(
            DearrepException.Kind.FAILURE,
            "bundled " + file + " is unreadable: " + e.getMessage(),
            e);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Finds a person by id (an {@code ocd-person/…} id or {@code bioguide:…}). */
  public Optional<Person> person(String id) {
    for (IndexEntry entry : index()) {
      if (entry.id().equalsIgnoreCase(id)) {
        return person(entry.state(), entry.id());
      }
    }
    return Optional.empty();
  }

  /**
   * A person the records hold but today's rule does not show (every role ended and someone newer
   * holds the seat): for telling a user that an id is a former official's, not unknown.
   */
  public Optional<Person> former(String id) {
    for (IndexEntry entry : readIndex(true)) {
      if (entry.id().equalsIgnoreCase(id) && person(entry.state(), entry.id()).isEmpty()) {
        return stored(entry.state()).people().stream()
            .filter(p -> p.id().equals(entry.id()))
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /** One state as stored, the user's records merged, before today's rule ({@code data check}). */
  public StateBundle stored(String state) {
    return merged(state.toUpperCase(Locale.ROOT));
  }

  private StateBundle load(String code) {
    return current.apply(merged(code));
  }

  private StateBundle merged(String code) {
    StateBundle base =
        bundle
            .open(BundleFiles.stateFile(code))
            .map(this::readState)
            .orElseGet(() -> new StateBundle(code, List.of(), List.of(), List.of()));
    for (StateBundle overlay : overlays) {
      if (overlay.state().equals(code)) {
        base = merge(base, overlay);
      }
    }
    return base;
  }

  private StateBundle readState(InputStream in) {
    try (in) {
      return StateBundleReader.read(in);
    } catch (IOException e) {
      throw new DearrepException(
          DearrepException.Kind.FAILURE,
          "bundled people data is unreadable (" + e.getMessage() + "): rebuild the jar",
          e);
    }
  }

  /** User records win over bundled ones with the same id; new divisions are added. */
  static StateBundle merge(StateBundle base, StateBundle overlay) {
    Map<String, Person> people = byKey(base.people(), Person::id);
    people.putAll(byKey(overlay.people(), Person::id));
    var divisions = byKey(base.divisions(), d -> d.id());
    overlay.divisions().forEach(d -> divisions.putIfAbsent(d.id(), d));
    return new StateBundle(
        base.state(),
        List.copyOf(divisions.values()),
        List.copyOf(people.values()),
        base.vacancies());
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }

  private List<IndexEntry> readIndex() {
    return readIndex(false);
  }

  /** The bundled people index; with {@code hidden}, also those today's rule no longer shows. */
  private List<IndexEntry> readIndex(boolean hidden) {
    List<IndexEntry> entries = new ArrayList<>();
    String todayText = current.today().toString();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                bundle.require(BundleFiles.PEOPLE_INDEX), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] f = line.split("\t", -1);
        // Column 6: the day from which today's rule no longer shows the person (CurrentRoles)
        if (f.length >= 5
            && (hidden || f.length < 6 || f[5].isEmpty() || f[5].compareTo(todayText) > 0)) {
          entries.add(new IndexEntry(f[0], f[1], f[2], f[3], f[4]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
