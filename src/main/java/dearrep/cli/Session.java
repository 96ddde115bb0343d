package dearrep.cli;

import dearrep.data.BundleSource;
import dearrep.data.UserData;
import dearrep.geo.GeoBundle;
import dearrep.geo.GeoLayer;
import dearrep.geocode.CensusGeocoder;
import dearrep.geocode.GeocoderSettings;
import dearrep.lookup.AddressLookup;
import dearrep.lookup.Directory;
import dearrep.lookup.Lookup;
import dearrep.lookup.PlaceLookup;
import dearrep.model.Background;
import dearrep.model.Person;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * State shared by the commands of one process: the loaded data (kept across shell commands) and the
 * people the last lookup listed, so the shell can say {@code show 2}.
 */
public final class Session {

  private Path loadedDataDir;
  private boolean loaded;
  private Lookup lookup;
  private List<Person> lastResults = List.of();
  private boolean inShell;
  private PlaceLookup places;
  private Thread prefetch;
  private GeocoderSettings geocoder;
  private final LastLookup lastLookup;
  // How commands print while a shell runs on this session: kept here, not in statics, so a shell
  // and a one-shot run in one process never see each other's terminal.
  private volatile Boolean colors;
  private volatile IntSupplier width;
  private volatile java.io.PrintWriter warnings; // null until a run says where its errors go

  public Session() {
    this(LastLookup.standard());
  }

  Session(LastLookup lastLookup) {
    this.lastLookup = lastLookup;
  }

  /**
   * Starts {@code work} against this session on a second thread: a one-shot command's data can load
   * while picocli is still building its model of the command line. The accessors below wait for it
   * to finish, so the session is never used by two threads at once. What the work fails on is
   * ignored here; the command meets it again and reports it.
   */
  void prefetch(Runnable work) {
    Thread thread = Background.thread("dearrep-prefetch", work);
    prefetch = thread;
    thread.start();
  }

  private void awaitPrefetch() {
    Thread thread = prefetch;
    if (thread != Thread.currentThread()) {
      prefetch = null;
      Background.await(thread);
    }
  }

  /** The lookup service over the bundle plus the user's folder, loaded once per data folder. */
  public Lookup lookup(Path dataDir) {
    awaitPrefetch();
    Path userDir = dataDir != null ? dataDir : UserData.defaultFolder().orElse(null);
    if (!loaded || !Objects.equals(userDir, loadedDataDir)) {
      var overlays =
          userDir == null
              ? List.<dearrep.model.StateBundle>of()
              : UserData.load(userDir, dataDir != null, this::warn);
      lookup = new Lookup(new Directory(BundleSource.bundled(), overlays));
      loadedDataDir = userDir;
      loaded = true;
    }
    return lookup;
  }

  /** ZIP and point lookups over the same data. */
  public PlaceLookup places(Path dataDir) {
    awaitPrefetch();
    Lookup current = lookup(dataDir);
    if (places == null || places.lookup() != current) {
      places =
          new PlaceLookup(
              current, GeoBundle.bundled(Optional.ofNullable(loadedDataDir)), GeoLayer.today());
    }
    return places;
  }

  /** Drops the loaded geo layers, so the next place lookup sees a layer just imported. */
  void forgetPlaces() {
    places = null;
  }

  /**
   * Where the Census Geocoder is and whether going online is allowed: from system properties and
   * the environment ({@link GeocoderSettings#fromEnvironment()}) unless set with {@link
   * #useGeocoder}.
   */
  public GeocoderSettings geocoder() {
    if (geocoder == null) {
      geocoder = GeocoderSettings.fromEnvironment();
    }
    return geocoder;
  }

  /** Points this session's address lookups at another service, clock or offline setting. */
  public void useGeocoder(GeocoderSettings settings) {
    geocoder = settings;
  }

  /** Address lookups over the same data; {@code offline} forbids the network for this one. */
  public AddressLookup addresses(Path dataDir, boolean offline) {
    return new AddressLookup(places(dataDir), new CensusGeocoder(geocoder().offline(offline)));
  }

  /**
   * Remembers the people a command listed, numbered from 1, here and in the state folder ({@link
   * LastLookup}) for the next command line.
   */
  public void remember(List<Person> people) {
    lastResults = List.copyOf(people);
    lastLookup.save(people.stream().map(Person::id).toList());
  }

  /**
   * People listed by the last lookup: of this process, else of the last command line (their ids
   * read back from the state folder and looked up again).
   */
  public List<Person> lastResults() {
    if (lastResults.isEmpty() && !inShell) {
      List<String> ids = lastLookup.load();
      if (!ids.isEmpty()) {
        Lookup current = lookup(loaded ? loadedDataDir : null);
        lastResults = ids.stream().map(current::person).toList();
      }
    }
    return lastResults;
  }

  /**
   * Colors on or off for every command run on this session (a shell's terminal decides), instead of
   * the environment's answer; {@code --no-color} still turns them off.
   */
  public void useColors(boolean on) {
    colors = on;
  }

  /** Lays command output out to {@code columns} (a shell's terminal) instead of $COLUMNS. */
  public void useWidth(IntSupplier columns) {
    width = columns;
  }

  /** Back to the environment's colors and width, as a one-shot run has them. */
  public void useEnvironment() {
    colors = null;
    width = null;
  }

  /**
   * Where warnings met while loading data go (a skipped file in the user's folder): the standard
   * error of the run that loads it.
   */
  void warnTo(java.io.PrintWriter err) {
    warnings = err;
  }

  private void warn(String warning) {
    java.io.PrintWriter err = warnings;
    if (err == null) {
      System.err.println("dearrep: warning: " + warning);
    } else {
      err.println("dearrep: warning: " + warning);
      err.flush();
    }
  }

  /** Colors as set by {@link #useColors}, or null for the environment's. */
  Boolean colors() {
    return colors;
  }

  /** Width as set by {@link #useWidth}, or null for $COLUMNS. */
  IntSupplier width() {
    return width;
  }

  /** True while the interactive shell runs on this session. */
  public boolean inShell() {
    return inShell;
  }

  void enterShell() {
    inShell = true;
  }

  void leaveShell() {
    inShell = false;
  }
}
