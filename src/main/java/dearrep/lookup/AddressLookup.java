package dearrep.lookup;

import dearrep.geocode.AddressMatch;
import dearrep.geocode.AddressText;
import dearrep.geocode.CensusGeocoder;
import dearrep.geocode.CensusVintage;
import dearrep.geocode.GeocoderException;
import dearrep.model.DearrepException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who represents a street address, at every level: the Census Geocoder matches the address; its
 * point goes through the same point placement as {@code --lat/--lon} (so every boundary layer the
 * data has places it); the districts the geocoder itself reports, drawn on full-resolution lines,
 * then settle the congressional and state legislative seats, and its incorporated place names the
 * city whose mayor represents the address. Without a match, the ZIP code in the address is placed
 * offline instead.
 */
public final class AddressLookup {

  private final PlaceLookup places;
  private final CensusGeocoder geocoder;

  public AddressLookup(PlaceLookup places, CensusGeocoder geocoder) {
    this.places = places;
    this.geocoder = geocoder;
  }

  /**
   * Places an address. Network failures and "no match" are answers, not exceptions, so the caller
   * can print what the ZIP code places beside the one-line problem.
   *
   * @throws DearrepException (bad input) for an empty address
   */
  public AddressAnswer find(String address) {
    String text = address == null ? "" : address.strip();
    if (text.isEmpty()) {
      throw DearrepException.badInput(
          "empty address: give a street address, e.g. --address \"200 E Santa Clara St, San Jose, CA 95113\"");
    }
    Optional<AddressMatch> match;
    try {
      match = geocoder.match(text);
    } catch (GeocoderException e) {
      AddressAnswer.Status status =
          e.reason() == GeocoderException.Reason.OFFLINE
              ? AddressAnswer.Status.OFFLINE
              : AddressAnswer.Status.UNREACHABLE;
      return AddressAnswer.unplaced(status, text, byZip(text), e.getMessage() + zipNote(text));
    }
    if (match.isEmpty()) {
      String zip = AddressText.zip(text).orElse(null);
      return AddressAnswer.unplaced(
          AddressAnswer.Status.NO_MATCH,
          text,
          byZip(text),
          "the Census Geocoder found no address matching '"
              + DearrepException.shown(text)
              + "': check the house number and street, and give the city and state or the ZIP code"
              + (zip == null
                  ? "; or use --zip or --lat/--lon"
                  : "; below is what ZIP "
                      + zip
                      + " places (the street address decides where it is split)"));
    }
    return AddressAnswer.matched(match.get(), new AddressPlacement(places, match.get()).coverage());
  }

  /** What the ZIP code in the address places offline, when it has one the data know. */
  private Optional<Coverage> byZip(String address) {
    Optional<String> zip = AddressText.zip(address);
    if (zip.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(places.byZip(zip.get()));
    } catch (DearrepException e) {
      return Optional.empty();
    }
  }

  private static String zipNote(String address) {
    return AddressText.zip(address)
        .map(z -> " (below: what ZIP " + z + " places offline)")
        .orElse("");
  }

  /** The lines each layer of a match was drawn on, in words, for output. */
  public static String lines(AddressMatch match) {
    List<String> parts = new ArrayList<>();
    match.layer(AddressMatch.CONGRESS).ifPresent(l -> parts.add(l.name()));
    match
        .layer(AddressMatch.UPPER)
        .map(l -> l.vintageOf(AddressMatch.UPPER))
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> parts.add(v + " State Legislative Districts"));
    String vintage = "Census vintage " + match.vintage();
    if (match.vintage().equals(CensusVintage.SERVING.name())) {
      vintage += ": the lines the members serving now were elected on";
    } else if (match.vintage().equals(CensusVintage.CURRENT.name())) {
      vintage += ": the current lines";
    }
    return parts.isEmpty() ? vintage : String.join(", ", parts) + " (" + vintage + ")";
  }
}
