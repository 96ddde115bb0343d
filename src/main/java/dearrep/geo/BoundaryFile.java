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
 * so nothing is simplified: lon = translateX + x * scaleX, lat = translateY + y * scaleY. Layout
 * ({@code DRB2}): the magic; four big-endian doubles scaleX, scaleY, translateX, translateY; then
 * varints: the district count; an index with, per district, its code (length + UTF-8), its bounding
 * box on the grid (zig-zag minX, minY, maxX, maxY) and the byte length of its body; then the bodies
 * in index order: polygon count, per polygon ring count (shell first), per ring point count and the
 * points as zig-zag deltas from the previous point (from 0,0 at the start of each ring).
 *
 * <p>The index lets a point lookup decode only the few districts whose box holds the point: a cold
 * lookup used to decode every district of three layers of a large state (0.5 MB for California) to
 * answer one point. Files of the first layout ({@code DRB1}: no index, each code followed by its
 * body), which {@code data import boundaries} wrote in 0.2.0, are still read.
 */
final class BoundaryFile {

  static final int MAGIC = 0x44524232; // "DRB2"
  static final int MAGIC_UNINDEXED = 0x44524231; // "DRB1"
  private static final int HEAD = 36;

  /** The quantization grid. */
  record Grid(double scaleX, double scaleY, double translateX, double translateY) {}

  /**
   * One district: its code; its polygons, each a list of rings (shell first) of interleaved x,y
   * ints; and each polygon's bounding box on the grid, {minX, minY, maxX, maxY}.
   */
  record District(String code, List<List<int[]>> polygons, List<int[]> bounds) {

    District(String code, List<List<int[]>> polygons) {
      this(code, polygons, polygons.stream().map(rings -> ringBox(rings.get(0))).toList());
    }

    /** The box of all the district's polygons on the grid, {minX, minY, maxX, maxY}. */
    int[] box() {
      int[] box = emptyBox();
      for (int[] b : bounds) {
        grow(box, b[0], b[1]);
        grow(box, b[2], b[3]);
      }
      return box;
    }
  }

  /**
   * A district as the index lists it: its code, its box on the grid and where its body starts;
   * {@link Index#decode} reads the body.
   */
  record Entry(String code, int[] box, int offset) {}

  /** A file's grid and district index, over the file's bytes. */
  static final class Index {
    private final byte[] bytes;
    private final Grid grid;
    private final List<Entry> entries;

    private Index(byte[] bytes, Grid grid, List<Entry> entries) {
      this.bytes = bytes;
      this.grid = grid;
      this.entries = List.copyOf(entries);
    }

    Grid grid() {
      return grid;
    }

    List<Entry> entries() {
      return entries;
    }

    /** Decodes one district's polygons. */
    District decode(Entry entry) {
      return body(entry.code(), new Cursor(bytes, entry.offset()));
    }
  }

  private static int[] emptyBox() {
    return new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
  }

  private static int[] ringBox(int[] ring) {
    int[] box = emptyBox();
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
    ByteBuffer head = ByteBuffer.allocate(HEAD);
    head.putInt(MAGIC).putDouble(grid.scaleX()).putDouble(grid.scaleY());
    head.putDouble(grid.translateX()).putDouble(grid.translateY());
    out.writeBytes(head.array());
    varint(out, districts.size());
    List<byte[]> bodies = new ArrayList<>(districts.size());
    for (District d : districts) {
      byte[] code = d.code().getBytes(StandardCharsets.UTF_8);
      varint(out, code.length);
      out.writeBytes(code);
      for (int v : d.box()) {
        varint(out, zigzag(v));
      }
      byte[] body = body(d);
      varint(out, body.length);
      bodies.add(body);
    }
    bodies.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] body(District d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
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
    return out.toByteArray();
  }

  /** Reads a file's grid and index; districts are decoded on demand. */
  static Index open(byte[] bytes) {
    if (bytes.length < HEAD) {
      throw new IllegalArgumentException("not a dearrep boundary file");
    }
    ByteBuffer head = ByteBuffer.wrap(bytes, 0, HEAD);
    int magic = head.getInt();
    if (magic != MAGIC && magic != MAGIC_UNINDEXED) {
      throw new IllegalArgumentException("not a dearrep boundary file");
    }
    Grid grid = new Grid(head.getDouble(), head.getDouble(), head.getDouble(), head.getDouble());
    Cursor c = new Cursor(bytes, HEAD);
    int n = c.varint();
    List<Entry> entries = new ArrayList<>(n);
    if (magic == MAGIC_UNINDEXED) {
      for (int d = 0; d < n; d++) {
        String code = c.string();
        int offset = c.pos;
        entries.add(new Entry(code, body(code, c).box(), offset));
      }
      return new Index(bytes, grid, entries);
    }
    int[] lengths = new int[n];
    String[] codes = new String[n];
    int[][] boxes = new int[n][];
    for (int d = 0; d < n; d++) {
      codes[d] = c.string();
      boxes[d] =
          new int[] {
            unzigzag(c.varint()), unzigzag(c.varint()), unzigzag(c.varint()), unzigzag(c.varint())
          };
      lengths[d] = c.varint();
    }
    int offset = c.pos;
    for (int d = 0; d < n; d++) {
      entries.add(new Entry(codes[d], boxes[d], offset));
      offset += lengths[d];
    }
    if (offset != bytes.length) {
      throw new IllegalArgumentException("boundary file index does not match its length");
    }
    return new Index(bytes, grid, entries);
  }

  /** Reads a whole file back, every district decoded. */
  static Decoded read(byte[] bytes) {
    Index index = open(bytes);
    return new Decoded(index.grid(), index.entries().stream().map(index::decode).toList());
  }

  /** One district's body at the cursor: its polygons, each shell's box taken while decoding. */
  private static District body(String code, Cursor c) {
    int polygons = c.varint();
    List<List<int[]>> polys = new ArrayList<>(polygons);
    List<int[]> bounds = new ArrayList<>(polygons);
    for (int p = 0; p < polygons; p++) {
      int rings = c.varint();
      List<int[]> rs = new ArrayList<>(rings);
      // The shell's box is taken while decoding it: a second pass over the points cost as much
      // again on a cold start.
      int[] box = emptyBox();
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
    return new District(code, polys, bounds);
  }

  record Decoded(Grid grid, List<District> districts) {}

  /** A read position in a boundary file's bytes. */
  private static final class Cursor {
    final byte[] b;
    int pos;

    Cursor(byte[] b, int pos) {
      this.b = b;
      this.pos = pos;
    }

    String string() {
      int len = varint();
      String s = new String(b, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
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
