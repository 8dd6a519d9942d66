package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

class PackedRTreeTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 51, 52, 2_601, 2_652})
  void holdsTheEntriesSqliteInsertsWouldHoldInATreeSqliteAccepts(int n) throws SQLException {
    List<Envelope> boxes = randomBoxes(n, new Random(n));
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      createRTree(db, "inserted");
      createRTree(db, "packed");
      try (PreparedStatement insert =
          db.prepareStatement("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          Envelope e = boxes.get(i);
          insert.setLong(1, 3L * i + 7);
          insert.setDouble(2, e.getMinX());
          insert.setDouble(3, e.getMaxX());
          insert.setDouble(4, e.getMinY());
          insert.setDouble(5, e.getMaxY());
          insert.executeUpdate();
        }
      }
      PackedRTree tree = PackedRTree.withCapacity(1);
      for (int i = 0; i < n; i++) {
        tree.add(3L * i + 7, boxes.get(i));
      }
      tree.writeTo(db, "packed");

      assertThat(query(db, "SELECT rtreecheck('packed')")).containsExactly("ok");
      assertThat(query(db, "SELECT * FROM packed ORDER BY id"))
          .hasSize(n)
          .isEqualTo(query(db, "SELECT * FROM inserted ORDER BY id"));
      Random windows = new Random(1);
      for (int q = 0; q < 50; q++) {
        double x = windows.nextDouble() * 360 - 180;
        double y = windows.nextDouble() * 180 - 90;
        String where =
            " WHERE maxx >= "
                + x
                + " AND minx <= "
                + (x + 20)
                + " AND maxy >= "
                + y
                + " AND miny <= "
                + (y + 10)
                + " ORDER BY id";
        assertThat(query(db, "SELECT id FROM packed" + where))
            .isEqualTo(query(db, "SELECT id FROM inserted" + where));
      }
    }
  }

  @Test
  void packsTheFewestNodesEachAtLeastHalfFull() throws SQLException {
    int n = 2_653; // 53 leaves of 50 or 51 entries (51 per node at most), 2 nodes above, the root
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      createRTree(db, "packed");
      PackedRTree tree = PackedRTree.withCapacity(n);
      List<Envelope> boxes = randomBoxes(n, new Random(3));
      for (int i = 0; i < n; i++) {
        tree.add(i + 1L, boxes.get(i));
      }
      tree.writeTo(db, "packed");
      List<Integer> cells = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet nodes = s.executeQuery("SELECT data FROM packed_node ORDER BY nodeno")) {
        while (nodes.next()) {
          byte[] data = nodes.getBytes(1);
          cells.add((data[2] & 0xff) << 8 | (data[3] & 0xff));
        }
      }
      assertThat(cells).hasSize(53 + 2 + 1);
      assertThat(cells.get(0)).as("root").isEqualTo(2);
      assertThat(cells.subList(1, 54)).allSatisfy(c -> assertThat(c).isBetween(50, 51));
      assertThat(cells.subList(54, 56)).containsExactlyInAnyOrder(26, 27);
    }
  }

  @Test
  void leavesTheTreeEmptyWithoutEntries() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      createRTree(db, "packed");
      PackedRTree tree = PackedRTree.withCapacity(10);
      tree.add(1, new Envelope());
      tree.writeTo(db, "packed");
      assertThat(tree.size()).isZero();
      assertThat(query(db, "SELECT count(*) FROM packed")).containsExactly("0");
      assertThat(query(db, "SELECT rtreecheck('packed')")).containsExactly("ok");
    }
  }

  @Test
  void roundsOutwardsToFloatsAsSqliteDoes() {
    double tenth = 0.1;
    assertThat((double) PackedRTree.roundedDown(tenth)).isLessThanOrEqualTo(tenth);
    assertThat((double) PackedRTree.roundedUp(tenth)).isGreaterThanOrEqualTo(tenth);
    assertThat((double) PackedRTree.roundedDown(-tenth)).isLessThanOrEqualTo(-tenth);
    assertThat((double) PackedRTree.roundedUp(-tenth)).isGreaterThanOrEqualTo(-tenth);
    assertThat(PackedRTree.roundedDown(0.5)).isEqualTo(0.5f);
    assertThat(PackedRTree.roundedUp(-180)).isEqualTo(-180f);
  }

  /** Points, short and long boxes over the whole globe, as cities and links give. */
  private static List<Envelope> randomBoxes(int n, Random random) {
    List<Envelope> boxes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = random.nextDouble() * 360 - 180;
      double y = random.nextDouble() * 180 - 90;
      double size =
          switch (i % 3) {
            case 0 -> 0;
            case 1 -> random.nextDouble();
            default -> random.nextDouble() * 60;
          };
      boxes.add(new Envelope(x, Math.min(180, x + size), y, Math.min(90, y + size / 2)));
    }
    return boxes;
  }

  private static void createRTree(Connection db, String name) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE " + name + " USING rtree(id, minx, maxx, miny, maxy)");
    }
  }

  private static List<String> query(Connection db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(r.getString(c)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows.stream().map(r -> r.substring(0, r.length() - 1)).toList();
  }
}
