package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs and seed give the same numbers, and a killed run never breaks earlier outputs.
 */
class RepeatableRunTest {
  static final Path CITIES = Path.of("src/test/resources/networks/wikidata-pt-ie/cities.csv");
  static final Path LINKS = Path.of("src/test/resources/networks/wikidata-pt-ie/links.csv");
  static final List<String> OUTPUTS =
      List.of(
          "study.gpkg",
          "study.xlsx",
          "study.png",
          "study.svg",
          "study.graphml",
          "study.gexf",
          "study-cities.csv",
          "study-links.csv",
          "study-summary.json",
          "study.html");

  @TempDir Path dir;

  int run(Path out) {
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities",
              CITIES.toString(),
              "--links",
              LINKS.toString(),
              "--out",
              out.toString(),
              "--name",
              "study",
              "--seed",
              "7"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  @Test
  void sameInputsAndSeedGiveIdenticalTablesInGeoPackageAndWorkbook() throws Exception {
    run(dir.resolve("a"));
    run(dir.resolve("b"));
    for (String layer : List.of("cities", "links", "clusters")) {
      assertThat(rows(dir.resolve("b/study.gpkg"), layer))
          .as(layer)
          .isNotEmpty()
          .isEqualTo(rows(dir.resolve("a/study.gpkg"), layer));
    }
    for (String sheet : List.of("Cities", "Links", "Clusters", "Regions")) {
      assertThat(cells(dir.resolve("b/study.xlsx"), sheet))
          .as(sheet)
          .isNotEmpty()
          .isEqualTo(cells(dir.resolve("a/study.xlsx"), sheet));
    }
  }

  @Test
  void killedRunLeavesPreviousOutputsIntactAndTheNextRunCleansUp() throws Exception {
    Path out = dir.resolve("out");
    run(out);
    Map<String, byte[]> before = new HashMap<>();
    for (String name : OUTPUTS) {
      before.put(name, Files.readAllBytes(out.resolve(name)));
    }
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--cities",
                CITIES.toString(),
                "--links",
                LINKS.toString(),
                "--out",
                out.toString(),
                "--name",
                "study",
                "--seed",
                "7")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    boolean sawPartialFile = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (!partialFiles(out).isEmpty()) {
        sawPartialFile = true;
        break;
      }
      Thread.sleep(2);
    }
    p.destroyForcibly(); // SIGKILL: the process gets no chance to clean up
    p.waitFor(30, TimeUnit.SECONDS);
    assertThat(sawPartialFile).as("the run was killed while writing an output").isTrue();
    for (String name : OUTPUTS) {
      byte[] now = Files.readAllBytes(out.resolve(name));
      boolean unchanged = Arrays.equals(now, before.get(name));
      assertThat(unchanged || isComplete(out.resolve(name))).as(name + " is intact").isTrue();
    }
    run(out);
    assertThat(partialFiles(out)).isEmpty();
  }

  /** Whether a file the killed run may have finished and moved into place is whole. */
  static boolean isComplete(Path file) throws Exception {
    String name = file.getFileName().toString();
    if (name.endsWith(".gpkg")) {
      return !rows(file, "cities").isEmpty();
    }
    if (name.endsWith(".xlsx")) {
      try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
        return wb.getSheet("Cities") != null;
      }
    }
    if (name.endsWith(".png")) {
      return ImageIO.read(file.toFile()) != null;
    }
    if (name.endsWith(".csv")) {
      // A CSV is moved into place only once its last row is written.
      return Files.readString(file).endsWith("\r\n");
    }
    if (name.endsWith(".json")) {
      // Written whole by Jackson before it is moved into place.
      return Files.readString(file).strip().endsWith("}");
    }
    String xml = Files.readString(file).strip();
    return xml.endsWith("</svg>")
        || xml.endsWith("</graphml>")
        || xml.endsWith("</gexf>")
        || xml.endsWith("</html>");
  }

  /**
   * Files in {@code out} that are neither an output, nor the manifest written after them, nor the
   * lock file that stays between runs.
   */
  static List<String> partialFiles(Path out) throws Exception {
    Set<String> kept = Set.of("study-manifest.json", ".citynet.lock");
    try (Stream<Path> files = Files.list(out)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> !OUTPUTS.contains(f) && !kept.contains(f))
          .toList();
    }
  }

  static List<List<Object>> rows(Path gpkg, String table) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object v = r.getObject(i);
          row.add(v instanceof byte[] bytes ? Arrays.toString(bytes) : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static List<String> cells(Path xlsx, String sheetName) throws Exception {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
      Sheet sheet = wb.getSheet(sheetName);
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells.add(cell.getAddress() + "=" + format.formatCellValue(cell));
        }
      }
    }
    return cells;
  }
}
