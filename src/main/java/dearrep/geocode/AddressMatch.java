package dearrep.geocode;

import dearrep.geo.Coordinates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An address as the Census Geocoder matched it: the address it found, its point, and the districts
 * (layers) it places the point in.
 *
 * @param input the address as sent
 * @param matchedAddress the address as the Census knows it ("200 E SANTA CLARA ST, SAN JOSE, CA,
 *     95113")
 * @param point the matched point
 * @param state two-letter state of the matched address, or ""
 * @param zip ZIP code of the matched address, or ""
 * @param postalCity city of the matched address (the postal name, not necessarily the city the
 *     address is in), or ""
 * @param vintage the vintage the service answered with ({@code ACS2025_Current})
 * @param layers every layer of the answer, failed ones included, in answer order
 */
public record AddressMatch(
    String input,
    String matchedAddress,
    Coordinates point,
    String state,
    String zip,
    String postalCity,
    String vintage,
    List<Layer> layers) {

  /** Suffix of the congressional layer's name ("119th Congressional Districts"). */
  public static final String CONGRESS = "Congressional Districts";

  /** Suffix of the upper chamber's layer ("2024 State Legislative Districts - Upper"). */
  public static final String UPPER = "State Legislative Districts - Upper";

  /** Suffix of the lower chamber's layer. */
  public static final String LOWER = "State Legislative Districts - Lower";

  /** Cities, towns and villages with a government of their own. */
  public static final String INCORPORATED_PLACES = "Incorporated Places";

  /** Unincorporated communities the Census names. */
  public static final String DESIGNATED_PLACES = "Census Designated Places";

  public static final String COUNTIES = "Counties";

  public AddressMatch {
    layers = List.copyOf(layers);
  }

  /**
   * One layer of the answer.
   *
   * @param name the layer's name as answered; names carry their vintage ("119th Congressional
   *     Districts"), so layers are found by suffix
   * @param areas the areas of the layer that hold the point (none, one, rarely more)
   * @param error the service's message when the layer failed, else ""
   */
  public record Layer(String name, List<Area> areas, String error) {
    public Layer {
      areas = List.copyOf(areas);
    }

    /** True when the service could not answer for this layer. */
    public boolean failed() {
      return !error.isEmpty();
    }

    /** The vintage part of the name: "119th" of "119th Congressional Districts", or "". */
    public String vintageOf(String suffix) {
      return name.endsWith(suffix)
          ? name.substring(0, name.length() - suffix.length()).strip()
          : "";
    }
  }

  /**
   * One area of a layer.
   *
   * @param geoid the Census code ({@code 0618}: state 06, district 18)
   * @param name the full name ("Congressional District 18", "San Jose city")
   * @param basename the name without its kind ("18", "San Jose", "7th Hampden")
   */
  public record Area(String geoid, String name, String basename) {}

  /** The layer whose name ends with {@code suffix}, when the answer has one. */
  public Optional<Layer> layer(String suffix) {
    String s = suffix.toLowerCase(Locale.ROOT);
    return layers.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).endsWith(s)).findFirst();
  }

  /** The first area of the layer ending with {@code suffix}, when it answered with one. */
  public Optional<Area> area(String suffix) {
    return layer(suffix).filter(l -> !l.failed()).flatMap(l -> l.areas().stream().findFirst());
  }
}
