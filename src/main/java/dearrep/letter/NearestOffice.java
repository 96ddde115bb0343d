package dearrep.letter;

import dearrep.geo.Coordinates;
import dearrep.geo.GeoException;
import dearrep.geo.GeoFiles;
import dearrep.geo.GeoLayers;
import dearrep.geo.ZipDirectory;
import dearrep.model.Office;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Among several offices of the same kind (a senator's district offices across a state), the one
 * nearest the writer, by the GeoNames points of the two ZIP codes. Letters reach a nearby office
 * fastest and staff there know the writer's area.
 */
final class NearestOffice {

  private static final Pattern ZIP_AT_END = Pattern.compile(".*\\b(\\d{5})(?:-\\d{4})?\\s*$");
  private static final Map<String, Optional<Coordinates>> POINTS = new ConcurrentHashMap<>();
  // by office address: a batch measures the same few offices for every row
  private static final Map<String, Optional<Coordinates>> OFFICE_POINTS = new ConcurrentHashMap<>();
  private static volatile ZipDirectory zips;

  private NearestOffice() {}

  /** The office nearest {@code writerZip}; the first office when distances cannot be known. */
  static Office among(List<Office> offices, String writerZip) {
    if (offices.size() < 2 || writerZip == null || writerZip.isBlank()) {
      return offices.get(0);
    }
    Optional<Coordinates> writer = point(writerZip.strip());
    if (writer.isEmpty()) {
      return offices.get(0);
    }
    return offices.stream()
        .min(Comparator.comparingDouble(o -> distance(writer.get(), o)))
        .orElse(offices.get(0));
  }

  /**
   * The offices with the district offices nearest {@code from} first (by the GeoNames point of each
   * office's ZIP code); the other offices keep their order after them. Offices whose place is
   * unknown come last among the district offices.
   */
  static List<Office> districtNearestFirst(List<Office> offices, Optional<Coordinates> from) {
    if (from.isEmpty()) {
      return offices;
    }
    List<Office> district = new java.util.ArrayList<>();
    List<Office> rest = new java.util.ArrayList<>();
    for (Office o : offices) {
      (o.isDistrict() ? district : rest).add(o);
    }
    district.sort(Comparator.comparingDouble(o -> distance(from.get(), o)));
    int firstDistrict = 0;
    while (firstDistrict < offices.size() && !offices.get(firstDistrict).isDistrict()) {
      firstDistrict++;
    }
    List<Office> out =
        new java.util.ArrayList<>(rest.subList(0, Math.min(firstDistrict, rest.size())));
    out.addAll(district);
    out.addAll(rest.subList(Math.min(firstDistrict, rest.size()), rest.size()));
    return List.copyOf(out);
  }

  /** The GeoNames point of a ZIP code, when it has one. */
  static Optional<Coordinates> pointOf(String zip) {
    return zip == null || zip.isBlank() ? Optional.empty() : point(zip.strip());
  }

  private static double distance(Coordinates writer, Office office) {
    Optional<Coordinates> p =
        OFFICE_POINTS.computeIfAbsent(
            office.address() == null ? "" : office.address(),
            address -> {
              Matcher m = ZIP_AT_END.matcher(address);
              return m.matches() ? point(m.group(1)) : Optional.empty();
            });
    if (p.isEmpty()) {
      return Double.MAX_VALUE;
    }
    double dLat = writer.lat() - p.get().lat();
    double dLon = (writer.lon() - p.get().lon()) * Math.cos(Math.toRadians(writer.lat()));
    return dLat * dLat + dLon * dLon;
  }

  private static Optional<Coordinates> point(String zip) {
    return POINTS.computeIfAbsent(zip, NearestOffice::lookUp);
  }

  private static Optional<Coordinates> lookUp(String zip) {
    try {
      if (zips == null) {
        zips = ZipDirectory.open(GeoFiles.bundled(), GeoLayers.bundled());
      }
      return zips.point(zip);
    } catch (GeoException e) {
      return Optional.empty();
    }
  }
}
