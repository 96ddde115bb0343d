package dearrep.geo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of one state's district boundaries ({@code geo/cd119/ca.bin}).
 *
 * <p>Coordinates stay on the source's quantization grid (TopoJSON's integer positions, about 7 m),
 * so nothing is simplified: lon = translateX + x * scaleX, lat = translateY + y * scaleY. Layout:
 * magic {@code DRB1}; four big-endian doubles scaleX, scaleY, translateX, translateY; then varints:
 * district count, and per district its code (length + UTF-8), polygon count, per polygon ring count
 * (shell first), per ring point count and the points as zig-zag deltas from the previous point
 * (from 0,0 at the start of each ring).
 */
final class BoundaryFile {

  static final int MAGIC = 0x44524231; // "DRB1"

  /** The quantization grid. */
  record Grid(double scaleX, double scaleY, double translateX, double translateY) {}

  /**
   * One district: its code; its polygons, each a list of rings (shell first) of interleaved x,y
   * ints; and each polygon's bounding box on the grid, {minX, minY, maxX, maxY}.
   */
  record District(String code, List<List<int[]>> polygons, List<int[]> bounds) {

    District(String code, List<List<int[]>> polygons) {
      this(code, polygons, polygons.stream().map(rings -> box(rings.get(0))).toList());
    }
  }

  private static int[] box(int[] ring) {
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
    for (int i = 0; i < ring.length; i += 2) {
      grow(box, ring[i], ring[i + 1]);
    }
    return box;
  }

  private static void grow(int[] box, int x, int y) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }

  private BoundaryFile() {}

  static byte[] write(Grid grid, List<District> districts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer head = ByteBuffer.allocate(36);
    head.putInt(MAGIC).putDouble(grid.scaleX()).putDouble(grid.scaleY());
    head.putDouble(grid.translateX()).putDouble(grid.translateY());
    out.writeBytes(head.array());
    varint(out, districts.size());
    for (District d : districts) {
      byte[] code = d.code().getBytes(StandardCharsets.UTF_8);
      varint(out, code.length);
      out.writeBytes(code);
      varint(out, d.polygons().size());
      for (List<int[]> polygon : d.polygons()) {
        varint(out, polygon.size());
        for (int[] ring : polygon) {
          varint(out, ring.length / 2);
          int px = 0;
          int py = 0;
          for (int i = 0; i < ring.length; i += 2) {
            varint(out, zigzag(ring[i] - px));
            varint(out, zigzag(ring[i + 1] - py));
            px = ring[i];
            py = ring[i + 1];
          }
        }
      }
    }
    return out.toByteArray();
  }

  /** Reads a file back; the reader state is a cursor over the bytes. */
  static Decoded read(byte[] bytes) {
    ByteBuffer head = ByteBuffer.wrap(bytes, 0, 36);
    if (bytes.length < 36 || head.getInt() != MAGIC) {
      throw new IllegalArgumentException("not a dearrep boundary file");
    }
    Grid grid = new Grid(head.getDouble(), head.getDouble(), head.getDouble(), head.getDouble());
    Cursor c = new Cursor(bytes, 36);
    int n = c.varint();
    List<District> districts = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      int len = c.varint();
      String code = new String(bytes, c.pos, len, StandardCharsets.UTF_8);
      c.pos += len;
      int polygons = c.varint();
      List<List<int[]>> polys = new ArrayList<>(polygons);
      List<int[]> bounds = new ArrayList<>(polygons);
      for (int p = 0; p < polygons; p++) {
        int rings = c.varint();
        List<int[]> rs = new ArrayList<>(rings);
        // The shell's box is taken while decoding it: a second pass over a state's points cost
        // as much again on a cold start.
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int r = 0; r < rings; r++) {
          int[] ring = new int[c.varint() * 2];
          int x = 0;
          int y = 0;
          for (int i = 0; i < ring.length; i += 2) {
            x += unzigzag(c.varint());
            y += unzigzag(c.varint());
            ring[i] = x;
            ring[i + 1] = y;
            if (r == 0) {
              grow(box, x, y);
            }
          }
          rs.add(ring);
        }
        polys.add(rs);
        bounds.add(box);
      }
      districts.add(new District(code, polys, bounds));
    }
    return new Decoded(grid, districts);
  }

  record Decoded(Grid grid, List<District> districts) {}

  private static final class Cursor {
    final byte[] b;
    int pos;

    Cursor(byte[] b, int pos) {
      this.b = b;
      this.pos = pos;
    }

    int varint() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte x = b[pos++];
        value |= (x & 0x7f) << shift;
        if (x >= 0) {
          return value;
        }
      }
    }
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
