package dearrep.geocode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The U.S. Census Geocoder (free, no key): one address to its match and districts ({@code
 * geographies/onelineaddress}), or many to their points ({@code locations/addressbatch}). Each
 * request has a timeout and is tried twice at most; without an answer it fails with a one-line
 * {@link GeocoderException}. Nothing is sent when the settings forbid network use.
 */
public final class CensusGeocoder {

  /** The benchmark (address ranges) every request names. */
  public static final String BENCHMARK = "Public_AR_Current";

  /** Most addresses the service takes in one batch request. */
  public static final int BATCH_LIMIT = 10_000;

  private static final int ATTEMPTS = 2;

  private final GeocoderSettings settings;
  private HttpClient client;

  public CensusGeocoder(GeocoderSettings settings) {
    this.settings = settings;
  }

  public GeocoderSettings settings() {
    return settings;
  }

  /** The lines asked for today. */
  public CensusVintage vintage() {
    return settings.vintage();
  }

  /**
   * Matches one address and reads the districts of its point.
   *
   * @return the match, or empty when the service matched nothing
   * @throws GeocoderException offline, unreachable, or an unreadable answer
   */
  public Optional<AddressMatch> match(String address) {
    CensusVintage vintage = vintage();
    URI uri =
        settings
            .baseUrl()
            .resolve(
                "geographies/onelineaddress?address="
                    + encode(address.strip())
                    + "&benchmark="
                    + BENCHMARK
                    + "&vintage="
                    + vintage.name()
                    + "&layers=all&format=json");
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    byte[] body = send(request, settings.timeout());
    return ResponseReader.read(address.strip(), vintage.name(), body);
  }

  /**
   * The points of many addresses, through the batch endpoint, {@value #BATCH_LIMIT} a request.
   *
   * @return one answer per address that the service answered for, in no particular order
   * @throws GeocoderException offline, unreachable, or an unreadable answer
   */
  public List<BatchAnswer> locate(List<BatchAddress> addresses) {
    List<BatchAnswer> answers = new ArrayList<>();
    for (int from = 0; from < addresses.size(); from += BATCH_LIMIT) {
      List<BatchAddress> part =
          addresses.subList(from, Math.min(addresses.size(), from + BATCH_LIMIT));
      answers.addAll(locateOnce(part));
    }
    return List.copyOf(answers);
  }

  private List<BatchAnswer> locateOnce(List<BatchAddress> part) {
    AddressBatch.Body multipart = AddressBatch.request(part, BENCHMARK);
    // The service geocodes the whole file before it answers: allow time for each address.
    Duration timeout = settings.timeout().plusMillis(20L * part.size());
    HttpRequest request =
        HttpRequest.newBuilder(settings.baseUrl().resolve("locations/addressbatch"))
            .timeout(timeout)
            .header("Content-Type", multipart.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.bytes()))
            .build();
    return AddressBatch.answers(send(request, timeout));
  }

  /** One request, tried twice when it times out, cannot connect, or meets a server error. */
  private byte[] send(HttpRequest request, Duration timeout) {
    if (settings.offline()) {
      throw GeocoderException.offline();
    }
    String why = "";
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpResponse<byte[]> response =
            client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 200) {
          return response.body();
        }
        why = "it answered HTTP " + status + " (" + request.uri().getHost() + ")";
        if (status < 500) {
          // Asking again will not help a request the service refuses.
          throw GeocoderException.badAnswer(
              "HTTP "
                  + status
                  + ": "
                  + ResponseReader.oneLine(new String(response.body(), StandardCharsets.UTF_8)),
              null);
        }
      } catch (HttpConnectTimeoutException e) {
        last = e;
        why = "no connection to " + request.uri().getHost() + " within " + seconds(timeout);
      } catch (HttpTimeoutException e) {
        last = e;
        why = "no answer from " + request.uri().getHost() + " within " + seconds(timeout);
      } catch (ConnectException e) {
        last = e;
        why = "cannot connect to " + request.uri().getHost() + " (" + reason(e) + ")";
      } catch (IOException e) {
        last = e;
        why = "network error talking to " + request.uri().getHost() + " (" + reason(e) + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw GeocoderException.unreachable("interrupted", e);
      }
    }
    throw GeocoderException.unreachable(why + ", tried " + ATTEMPTS + " times", last);
  }

  private HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(settings.timeout())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m =
          e.getCause() != null && e.getCause().getMessage() != null
              ? e.getCause().getMessage()
              : e.getClass().getSimpleName();
    }
    return ResponseReader.oneLine(m);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * One address of a batch request.
   *
   * @param id unique within the request
   */
  public record BatchAddress(String id, String street, String city, String state, String zip) {}

  /**
   * The service's answer for one address of a batch.
   *
   * @param id the address's id
   * @param matched true for a match ("Match"); false for "No_Match" and "Tie"
   * @param matchedAddress the address as matched, or ""
   * @param lat latitude of the match (NaN when not matched)
   * @param lon longitude of the match (NaN when not matched)
   */
  public record BatchAnswer(
      String id, boolean matched, String matchedAddress, double lat, double lon) {}
}
