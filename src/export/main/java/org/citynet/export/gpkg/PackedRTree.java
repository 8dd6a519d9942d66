package org.citynet.export.gpkg;

import static org.citynet.export.gpkg.GeoPackageWriter.identifier;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * The bounding boxes of a layer's geometries, written into the layer's empty SQLite R*Tree (the
 * {@code gpkg_rtree_index} extension) as a packed tree.
 *
 * <p>Why not {@code INSERT} into the virtual table: SQLite's R*Tree places each entry by descending
 * the tree, and splits and reinserts as nodes overflow, tens of microseconds of native CPU per
 * entry, a large share of a big GeoPackage's writing time. A tree packed from the sorted boxes is
 * built in O(n log n) Java and written straight into the virtual table's three shadow tables,
 * {@code <name>_node}, {@code <name>_rowid} and {@code <name>_parent}, in the format that SQLite's
 * {@code ext/rtree/rtree.c} documents and reads back: node 1 is the root and begins with the depth,
 * each node holds a cell count and cells of a 64-bit id and four 32-bit floats (min x, max x, min
 * y, max y), big-endian. GDAL's GeoPackage driver has loaded its R-trees in bulk since 3.8. The
 * boxes are rounded to floats outwards exactly as SQLite rounds an inserted row, so the table holds
 * the same entries an {@code INSERT} would have made; only the shape of the tree differs.
 *
 * <p>Packing: Sort-Tile-Recursive (S. T. Leutenegger, M. A. Lopez, J. Edgington, "STR: a simple and
 * efficient algorithm for R-tree packing", ICDE 1997): the boxes of a level are sorted by the x of
 * their centres into ⌈√P⌉ vertical slices of whole nodes (P nodes in the level), each slice by the
 * y of the centres, and cut into nodes; the nodes' boxes form the next level, until they fit in the
 * root. Nodes of a level differ in size by at most one cell, so every node but the root is at least
 * half full. Cost: O(n log n) time; 24 bytes per entry are kept, about 45 while the tree is written
 * (220 MB for 5 million links). The result depends only on the entries and their order.
 */
final class PackedRTree {
  /** A cell: 64-bit id and four 32-bit coordinates. */
  private static final int CELL_BYTES = 8 + 4 * 4;

  /** Bytes before the first cell: the depth (root only) and the cell count, 16 bits each. */
  private static final int NODE_HEADER_BYTES = 4;

  /** SQLite's factors to round a coordinate towards or away from zero in float precision. */
  private static final double TOWARDS_ZERO = 1.0 - 1.0 / 8388608.0;

  private static final double AWAY_FROM_ZERO = 1.0 + 1.0 / 8388608.0;

  private static final int ROOT = 1;

  /** Rows inserted per batch. */
  private static final int BATCH = 4096;

  private long[] ids;

  /** min x, max x, min y, max y of each entry, rounded as SQLite rounds them. */
  private float[] boxes;

  private int size;

  private PackedRTree(int capacity) {
    ids = new long[Math.max(1, capacity)];
    boxes = new float[4 * ids.length];
  }

  /** An empty set of entries with room for {@code expected} of them (it grows past that). */
  static PackedRTree withCapacity(int expected) {
    return new PackedRTree(expected);
  }

  /** Adds the entry of geometry {@code id}; a null envelope is not indexed. */
  void add(long id, Envelope envelope) {
    if (envelope.isNull()) {
      return;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
      boxes = Arrays.copyOf(boxes, 8 * size);
    }
    ids[size] = id;
    boxes[4 * size] = roundedDown(envelope.getMinX());
    boxes[4 * size + 1] = roundedUp(envelope.getMaxX());
    boxes[4 * size + 2] = roundedDown(envelope.getMinY());
    boxes[4 * size + 3] = roundedUp(envelope.getMaxY());
    size++;
  }

  /** Number of entries. */
  int size() {
    return size;
  }

  /**
   * Writes the entries into the R*Tree virtual table {@code table}, which must be empty (as SQLite
   * creates it), within the caller's transaction.
   */
  void writeTo(Connection connection, String table) throws SQLException {
    if (size == 0) {
      return;
    }
    int nodeBytes = nodeBytes(connection, table);
    int fanout = (nodeBytes - NODE_HEADER_BYTES) / CELL_BYTES;
    int[] leafOf = new int[size];
    try (Rows nodes = new Rows(connection, "INSERT OR REPLACE INTO " + shadow(table, "node"));
        Rows parents = new Rows(connection, "INSERT INTO " + shadow(table, "parent"))) {
      Level level = new Level(ids, boxes, size);
      int depth = 0;
      int nextNode = ROOT + 1;
      while (level.count > fanout) {
        int[] order = level.strOrder(fanout);
        int nodeCount = ceilDiv(level.count, fanout);
        Level up = new Level(new long[nodeCount], new float[4 * nodeCount], nodeCount);
        int from = 0;
        for (int k = 0; k < nodeCount; k++) {
          int cells = level.count / nodeCount + (k < level.count % nodeCount ? 1 : 0);
          int[] members = Arrays.copyOfRange(order, from, from + cells);
          from += cells;
          int node = nextNode++;
          nodes.add(node, level.node(members, nodeBytes, 0));
          placeIn(node, members, level, depth, leafOf, parents);
          level.bounds(members, up.boxes, k);
          up.ids[k] = node;
        }
        level = up;
        depth++;
      }
      int[] all = new int[level.count];
      Arrays.setAll(all, i -> i);
      nodes.add(ROOT, level.node(all, nodeBytes, depth));
      placeIn(ROOT, all, level, depth, leafOf, parents);
      nodes.flush();
      parents.flush();
    }
    try (Rows rowids = new Rows(connection, "INSERT INTO " + shadow(table, "rowid"))) {
      // In the entries' order: ascending ids append to the table's B-tree.
      for (int i = 0; i < size; i++) {
        rowids.add(ids[i], (long) leafOf[i]);
      }
      rowids.flush();
    }
  }

  /** Records that the cells {@code members} of {@code level} lie in {@code node}. */
  private static void placeIn(
      int node, int[] members, Level level, int depth, int[] leafOf, Rows parents)
      throws SQLException {
    for (int i : members) {
      if (depth == 0) {
        leafOf[i] = node;
      } else {
        parents.add(level.ids[i], (long) node);
      }
    }
  }

  /** The size of the table's nodes, fixed by SQLite when it created the table (its root). */
  private static int nodeBytes(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet root =
            statement.executeQuery(
                "SELECT length(data) FROM " + shadow(table, "node") + " WHERE nodeno = " + ROOT)) {
      if (!root.next()) {
        throw new SQLException("R-tree " + table + " has no root node");
      }
      return root.getInt(1);
    }
  }

  private static String shadow(String table, String suffix) {
    return identifier(table + "_" + suffix);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** {@code d} as a float no greater than it, as SQLite's rtreeValueDown rounds it. */
  static float roundedDown(double d) {
    float f = (float) d;
    if (f > d) {
      f = (float) (d * (d < 0 ? AWAY_FROM_ZERO : TOWARDS_ZERO));
    }
    return f;
  }

  /** {@code d} as a float no less than it, as SQLite's rtreeValueUp rounds it. */
  static float roundedUp(double d) {
    float f = (float) d;
    if (f < d) {
      f = (float) (d * (d < 0 ? TOWARDS_ZERO : AWAY_FROM_ZERO));
    }
    return f;
  }

  /** Rows of a shadow table, (key, value), inserted in batches. */
  private static final class Rows implements AutoCloseable {
    private final PreparedStatement insert;
    private int pending;

    Rows(Connection connection, String insertInto) throws SQLException {
      insert = connection.prepareStatement(insertInto + " VALUES (?, ?)");
    }

    void add(long key, Object value) throws SQLException {
      insert.setLong(1, key);
      insert.setObject(2, value);
      insert.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      insert.executeBatch();
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }

  /** The cells of one level of the tree: entries at the leaves, nodes above. */
  private record Level(long[] ids, float[] boxes, int count) {
    /**
     * The cells in STR order: ⌈√P⌉ slices by centre x, each by centre y, where consecutive runs of
     * the node sizes make the P nodes.
     */
    int[] strOrder(int fanout) {
      int nodeCount = ceilDiv(count, fanout);
      int slices = (int) Math.ceil(Math.sqrt(nodeCount));
      int[] order = sortedByCentre(0, count, 0, null);
      int node = 0;
      int from = 0;
      for (int s = 0; s < slices; s++) {
        int nodesInSlice = nodeCount / slices + (s < nodeCount % slices ? 1 : 0);
        int to = from;
        for (int k = 0; k < nodesInSlice; k++, node++) {
          to += count / nodeCount + (node < count % nodeCount ? 1 : 0);
        }
        int[] slice = sortedByCentre(from, to, 2, order);
        System.arraycopy(slice, 0, order, from, slice.length);
        from = to;
      }
      return order;
    }

    /**
     * Cells {@code order[from..to)} (or {@code from..to} when order is null) sorted by the centre
     * of axis {@code axis} (0 x, 2 y), ties by their place in the level.
     */
    private int[] sortedByCentre(int from, int to, int axis, int[] order) {
      long[] keys = new long[to - from];
      for (int j = from; j < to; j++) {
        int i = order == null ? j : order[j];
        float centre = (boxes[4 * i + axis] + boxes[4 * i + axis + 1]) / 2;
        keys[j - from] = ((long) sortable(centre) << 32) | i;
      }
      Arrays.sort(keys);
      int[] sorted = new int[keys.length];
      for (int j = 0; j < keys.length; j++) {
        sorted[j] = (int) keys[j];
      }
      return sorted;
    }

    /** An int whose signed order is the float's numeric order. */
    private static int sortable(float f) {
      int bits = Float.floatToIntBits(f);
      return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** The node holding cells {@code members}, as SQLite stores it. */
    byte[] node(int[] members, int nodeBytes, int depth) {
      ByteBuffer data = ByteBuffer.allocate(nodeBytes);
      data.putShort((short) depth);
      data.putShort((short) members.length);
      for (int i : members) {
        data.putLong(ids[i]);
        for (int c = 0; c < 4; c++) {
          data.putFloat(boxes[4 * i + c]);
        }
      }
      return data.array();
    }

    /** Writes the bounding box of cells {@code members} as box {@code k} of {@code into}. */
    void bounds(int[] members, float[] into, int k) {
      float minX = Float.POSITIVE_INFINITY;
      float maxX = Float.NEGATIVE_INFINITY;
      float minY = Float.POSITIVE_INFINITY;
      float maxY = Float.NEGATIVE_INFINITY;
      for (int i : members) {
        minX = Math.min(minX, boxes[4 * i]);
        maxX = Math.max(maxX, boxes[4 * i + 1]);
        minY = Math.min(minY, boxes[4 * i + 2]);
        maxY = Math.max(maxY, boxes[4 * i + 3]);
      }
      into[4 * k] = minX;
      into[4 * k + 1] = maxX;
      into[4 * k + 2] = minY;
      into[4 * k + 3] = maxY;
    }
  }
}
