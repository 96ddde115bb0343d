package dearrep.geocode;

import dearrep.model.DearrepException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;

/**
 * Where the Census Geocoder is, how long to wait for it, which day it is (the day picks the lines,
 * see {@link CensusVintage}), and whether going online is allowed at all.
 *
 * @param baseUrl the service root, ending in {@code /} ({@code
 *     https://geocoding.geo.census.gov/geocoder/}); tests point it at a local server
 * @param timeout how long one attempt may take, connecting included; a failed attempt is retried
 *     once
 * @param clock the clock that says which day it is
 * @param offline true when no network use is allowed ({@code --offline}, {@code DEARREP_OFFLINE=1})
 */
public record GeocoderSettings(URI baseUrl, Duration timeout, Clock clock, boolean offline) {

  /** The service as the Census Bureau runs it. */
  public static final URI CENSUS = URI.create("https://geocoding.geo.census.gov/geocoder/");

  /** Seconds one attempt may take unless {@code dearrep.geocoder.timeout} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** System property, then environment variable, that override the service root. */
  public static final String URL_PROPERTY = "dearrep.geocoder.url";

  public static final String URL_VARIABLE = "DEARREP_GEOCODER_URL";

  /** System property with the timeout of one attempt in milliseconds. */
  public static final String TIMEOUT_PROPERTY = "dearrep.geocoder.timeout";

  /** Environment variable that forbids any network use when set to 1 (or true, yes). */
  public static final String OFFLINE_VARIABLE = "DEARREP_OFFLINE";

  public GeocoderSettings {
    String text = baseUrl.toString();
    if (!text.endsWith("/")) {
      baseUrl = URI.create(text + "/");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** The settings of this process: system properties, then the environment, then defaults. */
  public static GeocoderSettings fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  /**
   * Settings read from {@code properties} and {@code environment}, as {@link #fromEnvironment()}.
   *
   * @throws DearrepException (bad input) for a malformed URL or timeout
   */
  public static GeocoderSettings from(Properties properties, Map<String, String> environment) {
    String url = properties.getProperty(URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = environment.get(URL_VARIABLE);
    }
    URI base;
    try {
      base = url == null || url.isBlank() ? CENSUS : URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw DearrepException.badInput(
          "the Census Geocoder URL '" + DearrepException.shown(url) + "' is not a URL");
    }
    if (base.getScheme() == null || !base.getScheme().matches("https?")) {
      throw DearrepException.badInput(
          "the Census Geocoder URL '"
              + DearrepException.shown(url)
              + "' must start with http:// or https://");
    }
    Duration timeout = DEFAULT_TIMEOUT;
    String millis = properties.getProperty(TIMEOUT_PROPERTY);
    if (millis != null && !millis.isBlank()) {
      try {
        timeout = Duration.ofMillis(Long.parseLong(millis.strip()));
      } catch (NumberFormatException e) {
        throw DearrepException.badInput(
            TIMEOUT_PROPERTY + " '" + DearrepException.shown(millis) + "' is not milliseconds");
      }
    }
    return new GeocoderSettings(
        base, timeout, Clock.systemUTC(), isSet(environment.get(OFFLINE_VARIABLE)));
  }

  /** The same settings with network use forbidden when {@code forbid} is true. */
  public GeocoderSettings offline(boolean forbid) {
    return forbid == offline || !forbid
        ? this
        : new GeocoderSettings(baseUrl, timeout, clock, true);
  }

  /** Today, in UTC, by this settings' clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** The lines to ask for today. */
  public CensusVintage vintage() {
    return CensusVintage.on(today());
  }

  private static boolean isSet(String value) {
    return value != null && value.strip().toLowerCase(java.util.Locale.ROOT).matches("1|true|yes");
  }
}
