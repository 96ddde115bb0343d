package dearrep.batch;

import dearrep.geo.Coordinates;
import dearrep.geocode.CensusGeocoder;
import dearrep.geocode.GeocoderException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code batch --geocode census}: before the letters, every distinct street address of the CSV is
 * geocoded once through the Census batch endpoint, and the answers are kept in {@code
 * OUT/.dearrep/geocode.csv}, so a resumed run never asks for an address twice. Rows are then placed
 * by their point against the bundled boundaries; rows whose address has no point (offline, the
 * service unreachable, no match) are placed by their ZIP code or lat/lon as without geocoding, and
 * the manifest's basis column says which.
 */
public final class AddressGeocoding {

  static final String CACHE = "geocode.csv";
  private static final List<String> CACHE_HEADER =
      List.of("address", "status", "matched_address", "lat", "lon");

  private final CensusGeocoder geocoder;
  private final Path csv;
  private final Consumer<String> warnings;

  private AddressGeocoding(CensusGeocoder geocoder, Path csv, Consumer<String> warnings) {
    this.geocoder = geocoder;
    this.csv = csv;
    this.warnings = warnings;
  }

  /**
   * Geocoding through the Census Geocoder.
   *
   * @param geocoder the service (its settings may forbid the network: then nothing is sent)
   * @param csv the supporters' CSV, read once more for its addresses (not standard input)
   * @param warnings hears one-line notices: how many addresses were sent, why none could be
   */
  public static AddressGeocoding census(
      CensusGeocoder geocoder, Path csv, Consumer<String> warnings) {
    return new AddressGeocoding(geocoder, csv, warnings);
  }

  /** Reads the CSV's addresses, asks for those not yet cached, and returns every answer. */
  AddressPoints prepare(Path state) throws IOException {
    Path cache = state.resolve(CACHE);
    Map<String, AddressPoints.Answer> answers = readCache(cache);
    Map<String, CensusGeocoder.BatchAddress> wanted = new LinkedHashMap<>();
    Map<String, String> keyOfId = new HashMap<>();
    readAddresses(answers, wanted, keyOfId);
    if (wanted.isEmpty()) {
      return new AddressPoints(answers, "not asked");
    }
    if (geocoder.settings().offline()) {
      warnings.accept(
          "--offline: "
              + wanted.size()
              + " street addresses were not sent to the Census Geocoder; their rows are placed by ZIP"
              + " code or lat/lon");
      return new AddressPoints(answers, "offline");
    }
    warnings.accept(
        "sending "
            + wanted.size()
            + " street addresses to the U.S. Census Geocoder ("
            + answers.size()
            + " already answered)");
    List<CensusGeocoder.BatchAddress> list = new ArrayList<>(wanted.values());
    try {
      for (int from = 0; from < list.size(); from += CensusGeocoder.BATCH_LIMIT) {
        List<CensusGeocoder.BatchAddress> part =
            list.subList(from, Math.min(list.size(), from + CensusGeocoder.BATCH_LIMIT));
        Map<String, AddressPoints.Answer> got = new LinkedHashMap<>();
        for (CensusGeocoder.BatchAnswer a : geocoder.locate(part)) {
          String key = keyOfId.get(a.id());
          if (key != null) {
            got.put(
                key,
                a.matched()
                    ? new AddressPoints.Answer(
                        true, a.matchedAddress(), new Coordinates(a.lat(), a.lon()))
                    : new AddressPoints.Answer(false, "", null));
          }
        }
        appendCache(cache, got);
        answers.putAll(got);
      }
    } catch (GeocoderException e) {
      warnings.accept(
          e.getMessage().replace("; " + GeocoderException.INSTEAD, "")
              + " — rows whose address has no answer are placed by ZIP code or lat/lon");
      return new AddressPoints(answers, "the Census Geocoder was unreachable");
    }
    return new AddressPoints(answers, "no answer from the Census Geocoder");
  }

  /** The distinct addresses of rows placed by address, without a cached answer. */
  private void readAddresses(
      Map<String, AddressPoints.Answer> answers,
      Map<String, CensusGeocoder.BatchAddress> wanted,
      Map<String, String> keyOfId)
      throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Header header = null;
      for (CSVRecord r : parser) {
        List<String> cells = r.toList();
        if (header == null) {
          header = Header.of(cells, true);
          continue;
        }
        if (!header.get(cells, Column.TO).isBlank()
            || !header.get(cells, Column.DISTRICT).isBlank()) {
          continue;
        }
        String street = header.get(cells, Column.STREET);
        String city = header.get(cells, Column.CITY);
        String st = header.get(cells, Column.STATE);
        String zip = header.get(cells, Column.ZIP);
        if (!AddressPoints.placeable(street, city, st, zip)) {
          continue;
        }
        String key = AddressPoints.key(street, city, st, zip);
        if (!answers.containsKey(key) && !wanted.containsKey(key)) {
          String id = Integer.toString(wanted.size() + 1);
          wanted.put(key, new CensusGeocoder.BatchAddress(id, street, city, st, zip));
          keyOfId.put(id, key);
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // A broken quote: the main pass reports it; addresses after it are not geocoded.
    }
  }

  private static Map<String, AddressPoints.Answer> readCache(Path cache) throws IOException {
    Map<String, AddressPoints.Answer> answers = new HashMap<>();
    if (!Files.exists(cache)) {
      return answers;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        try {
          boolean matched = r.get("status").equals("match");
          answers.put(
              r.get("address"),
              matched
                  ? new AddressPoints.Answer(
                      true,
                      r.get("matched_address"),
                      new Coordinates(
                          Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))))
                  : new AddressPoints.Answer(false, "", null));
        } catch (RuntimeException torn) {
          // a line cut short by a crash: that address is asked again
        }
      }
    } catch (java.io.UncheckedIOException torn) {
      // the same, inside a quoted field
    }
    return answers;
  }

  private static void appendCache(Path cache, Map<String, AddressPoints.Answer> got)
      throws IOException {
    boolean fresh = !Files.exists(cache);
    try (Writer out =
            Files.newBufferedWriter(
                cache,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      if (fresh) {
        printer.printRecord(CACHE_HEADER);
      }
      for (Map.Entry<String, AddressPoints.Answer> e : got.entrySet()) {
        AddressPoints.Answer a = e.getValue();
        printer.printRecord(
            e.getKey(),
            a.matched() ? "match" : "no_match",
            a.matchedAddress(),
            a.matched() ? Double.toString(a.point().lat()) : "",
            a.matched() ? Double.toString(a.point().lon()) : "");
      }
    }
  }
}
