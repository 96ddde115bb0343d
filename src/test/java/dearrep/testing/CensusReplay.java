package dearrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dearrep.geocode.GeocoderSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A local stand-in for the U.S. Census Geocoder, in the test JVM: it replays the recorded answers
 * of {@code src/test/resources/census-geocoder/} (each {@code {request, status, response}}) to the
 * request whose {@code address} matches, answers batch requests line by line from a recorded batch
 * CSV, and can be told to fail (HTTP 500) or to be slow. It counts every request it receives.
 */
public final class CensusReplay implements AutoCloseable {

  /** How the server behaves. */
  public enum Mode {
    REPLAY,
    SERVER_ERROR,
    SLOW
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, JsonNode> answers = new HashMap<>();
  private final Map<String, List<String>> batchLines = new HashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> batchRows = Collections.synchronizedList(new ArrayList<>());
  private volatile Mode mode = Mode.REPLAY;
  private volatile Duration delay = Duration.ZERO;

  private CensusReplay(List<String> fixtures) throws IOException {
    for (String name : fixtures) {
      if (name.endsWith(".csv")) {
        readBatch(name);
      } else {
        JsonNode recorded = JSON.readTree(resource(name));
        answers.put(
            key(queryParam(URI.create(recorded.path("request").asText()), "address")), recorded);
      }
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "census-replay");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/geocoder/", this::handle);
    server.start();
  }

  /** Starts a server that replays the named fixtures (JSON answers and batch CSVs). */
  public static CensusReplay serving(String... fixtures) {
    try {
      return new CensusReplay(List.of(fixtures));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers every request with HTTP 500 from now on. */
  public CensusReplay failing() {
    mode = Mode.SERVER_ERROR;
    return this;
  }

  /** Waits {@code wait} before every answer from now on. */
  public CensusReplay slow(Duration wait) {
    mode = Mode.SLOW;
    delay = wait;
    return this;
  }

  /** The service root to give dearrep. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/geocoder/");
  }

  /** Settings that point dearrep here, with a short timeout and a fixed day. */
  public GeocoderSettings settings(String isoDay) {
    return settings(url(), isoDay);
  }

  /** Settings for any URL with a 1-second timeout and the clock fixed at noon UTC of a day. */
  public static GeocoderSettings settings(URI url, String isoDay) {
    Clock clock = Clock.fixed(Instant.parse(isoDay + "T12:00:00Z"), ZoneOffset.UTC);
    return new GeocoderSettings(url, Duration.ofMillis(1000), clock, false);
  }

  /** A URL where nothing listens: connecting is refused. */
  public static URI nothingListening() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/geocoder/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every request received, as "METHOD path?query". */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** Every address row received in batch requests, as "street, city, state, zip". */
  public List<String> batchRows() {
    return List.copyOf(batchRows);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      requests.add(exchange.getRequestMethod() + " " + uri.getPath() + "?" + uri.getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (mode == Mode.SLOW) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (mode == Mode.SERVER_ERROR) {
        send(exchange, 500, "text/html", "<html><body>Internal Server Error</body></html>");
        return;
      }
      if (uri.getPath().endsWith("/geographies/onelineaddress")) {
        JsonNode recorded = answers.get(key(queryParam(uri, "address")));
        if (recorded == null) {
          send(exchange, 404, "text/plain", "no recorded answer for " + uri);
          return;
        }
        send(
            exchange,
            recorded.path("status").path("code").asInt(200),
            "application/json",
            JSON.writeValueAsString(recorded.path("response")));
      } else if (uri.getPath().endsWith("/addressbatch")) {
        send(exchange, 200, "text/csv", batchAnswer(new String(body, StandardCharsets.UTF_8)));
      } else {
        send(exchange, 404, "text/plain", "unknown path " + uri.getPath());
      }
    }
  }

  /**
   * Answers each row of the multipart's CSV with the recorded line for its address, or No_Match.
   */
  private String batchAnswer(String multipart) throws IOException {
    int start = multipart.indexOf("\r\n\r\n", multipart.indexOf("name=\"addressFile\"")) + 4;
    int end = multipart.indexOf("\r\n--", start);
    String csv = multipart.substring(start, end);
    StringBuilder out = new StringBuilder();
    try (CSVParser rows =
            CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.DEFAULT)
                .get();
        CSVPrinter printer =
            new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                    .builder()
                    .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                    .get())) {
      for (CSVRecord r : rows) {
        String input = r.get(1) + ", " + r.get(2) + ", " + r.get(3) + ", " + r.get(4);
        batchRows.add(input);
        List<String> line = batchLines.get(key(input));
        List<String> answer = new ArrayList<>(line == null ? List.of("", input, "No_Match") : line);
        answer.set(0, r.get(0));
        printer.printRecord(answer);
      }
    }
    return out.toString();
  }

  private void readBatch(String name) throws IOException {
    String text = new String(resource(name).readAllBytes(), StandardCharsets.UTF_8);
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.DEFAULT).get()) {
      for (CSVRecord r : parser) {
        batchLines.put(key(r.get(1)), r.toList());
      }
    }
  }

  private static InputStream resource(String name) {
    InputStream in = CensusReplay.class.getResourceAsStream("/census-geocoder/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture census-geocoder/" + name);
    }
    return in;
  }

  private static String queryParam(URI uri, String name) {
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static String key(String address) {
    return address.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").strip();
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
