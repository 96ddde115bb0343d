package dearrep.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Distances in metres near a point, on a local flat approximation (equirectangular about the
 * point): within the few hundred metres of a near-line margin its error is far below the lines'
 * own.
 */
final class NearLine {

  private static final double METRES_PER_DEGREE_LAT = 110_574;
  private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

  private NearLine() {}

  /** The box of degrees around a point that holds everything within {@code metres} of it. */
  static Envelope envelope(Coordinates p, double metres) {
    double dLat = metres / METRES_PER_DEGREE_LAT;
    double dLon = metres / lonScale(p.lat());
    Envelope e = new Envelope(p.lon(), p.lon(), p.lat(), p.lat());
    e.expandBy(dLon, dLat);
    return e;
  }

  /** Metres from {@code p} to the nearest segment of any ring (rings on {@code grid}). */
  static double metres(BoundaryFile.Grid grid, List<int[]> rings, Coordinates p) {
    double kx = lonScale(p.lat()) * grid.scaleX();
    double ky = METRES_PER_DEGREE_LAT * grid.scaleY();
    double px = (p.lon() - grid.translateX()) / grid.scaleX();
    double py = (p.lat() - grid.translateY()) / grid.scaleY();
    double best = Double.POSITIVE_INFINITY;
    for (int[] ring : rings) {
      for (int i = 0; i + 3 < ring.length; i += 2) {
        double ax = (ring[i] - px) * kx;
        double ay = (ring[i + 1] - py) * ky;
        double bx = (ring[i + 2] - px) * kx;
        double by = (ring[i + 3] - py) * ky;
        best = Math.min(best, toSegment(ax, ay, bx, by));
      }
    }
    return best;
  }

  /**
   * True when the point lies inside the polygon whose rings (shell, then holes) are given on {@code
   * grid}: the even-odd rule over every ring, so a point in a hole is outside. Works on the grid's
   * integers directly; building a JTS polygon of a rural district's tens of thousands of points
   * cost a cold lookup tens of milliseconds.
   */
  static boolean inside(BoundaryFile.Grid grid, List<int[]> rings, Coordinates p) {
    double px = (p.lon() - grid.translateX()) / grid.scaleX();
    double py = (p.lat() - grid.translateY()) / grid.scaleY();
    boolean in = false;
    for (int[] ring : rings) {
      int n = ring.length / 2;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        double xi = ring[2 * i];
        double yi = ring[2 * i + 1];
        double xj = ring[2 * j];
        double yj = ring[2 * j + 1];
        if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
          in = !in;
        }
      }
    }
    return in;
  }

  // Distance from the origin to the segment a–b.
  private static double toSegment(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
    return Math.hypot(ax + t * dx, ay + t * dy);
  }

  private static double lonScale(double lat) {
    return METRES_PER_DEGREE_LON_AT_EQUATOR * Math.max(0.01, Math.cos(Math.toRadians(lat)));
  }
}
