package dearrep.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Checks a user's feature geometry with JTS before it becomes a layer. */
final class Validity {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private Validity() {}

  /** Throws a one-line {@link GeoException} naming {@code where} when the geometry is unusable. */
  static void check(String where, GeoJsonFeatures.Feature f) {
    if (!f.geometryType().equals("Polygon") && !f.geometryType().equals("MultiPolygon")) {
      throw GeoException.invalid(
          where
              + " is a "
              + (f.geometryType().isEmpty() ? "feature without geometry" : f.geometryType())
              + ", not a Polygon or MultiPolygon: a district needs an area");
    }
    Polygon[] polygons = new Polygon[f.polygons().size()];
    for (int p = 0; p < polygons.length; p++) {
      List<double[]> rings = f.polygons().get(p);
      for (double[] ring : rings) {
        for (int i = 0; i < ring.length; i += 2) {
          if (!(Math.abs(ring[i]) <= 180 && Math.abs(ring[i + 1]) <= 90)) {
            throw GeoException.invalid(
                where
                    + " has the point "
                    + ring[i]
                    + ", "
                    + ring[i + 1]
                    + ", not a longitude/latitude: the file is not in WGS 84 (EPSG:4326);"
                    + " export it again in EPSG:4326");
          }
        }
        if (ring.length < 8) {
          throw GeoException.invalid(
              where + " has a ring of fewer than 4 points: fix the geometry");
        }
      }
      polygons[p] = polygon(rings, where);
    }
    Geometry g = polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error != null) {
      Coordinate c = error.getCoordinate();
      throw GeoException.invalid(
          where
              + ": invalid geometry, "
              + error.getMessage()
              + (c == null ? "" : " near " + c.y + ", " + c.x)
              + ": repair it (QGIS \"Fix geometries\", or mapshaper -clean) and import again");
    }
  }

  private static Polygon polygon(List<double[]> rings, String where) {
    LinearRing[] rs = new LinearRing[rings.size()];
    for (int r = 0; r < rs.length; r++) {
      double[] xy = rings.get(r);
      Coordinate[] cs = new Coordinate[xy.length / 2];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
      }
      if (!cs[0].equals2D(cs[cs.length - 1])) {
        throw GeoException.invalid(
            where + " has a ring that does not end where it starts: close the ring");
      }
      rs[r] = FACTORY.createLinearRing(cs);
    }
    LinearRing[] holes = new LinearRing[rs.length - 1];
    System.arraycopy(rs, 1, holes, 0, holes.length);
    return FACTORY.createPolygon(rs[0], holes);
  }
}
