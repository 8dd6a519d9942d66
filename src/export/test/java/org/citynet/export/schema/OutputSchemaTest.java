package org.citynet.export.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.excel.WorkbookWriter;
import org.citynet.export.gpkg.GeoPackageWriter;
import org.citynet.export.network.GeoJsonWriter;
import org.citynet.export.network.GexfWriter;
import org.citynet.export.network.GraphMlWriter;
import org.citynet.export.network.NetworkCsvWriter;
import org.citynet.export.summary.SummaryWriter;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityLayerOptions;
import org.citynet.io.CityLayerReader;
import org.citynet.io.InterlockingNetwork;
import org.citynet.io.LinkCsvReader;
import org.citynet.io.MembershipCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every writer emits exactly the columns {@link OutputColumns} defines, in its order and with its
 * types, read back by the files' own readers: SQLite's {@code PRAGMA table_info} and GDAL's {@code
 * ogrinfo} for the GeoPackage, POI for the workbook, the CSV header and values, the GraphML and
 * GEXF key declarations, the GeoJSON properties and the summary's keys. One twinning network
 * (links) and one memberships network (whose connectivity columns must be numbers), each analysed
 * and written as the pipeline does it.
 */
class OutputSchemaTest {
  private static final Path NETWORKS = Path.of("src/test/resources/networks");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Written twinning;
  private static Written memberships;

  /**
   * Every output of one analysis, written by the writers the pipeline calls (the maps aside).
   *
   * @param analysis what was written
   * @param outputs the files
   */
  record Written(NetworkAnalysis analysis, List<Path> outputs) {}

  @BeforeAll
  static void writeBoth() throws Exception {
    Path latinAmerica = NETWORKS.resolve("wikipedia-latin-america");
    CityTable cities = read(latinAmerica.resolve("cities.csv"));
    LinkTable links = new LinkCsvReader(w -> {}).read(latinAmerica.resolve("links.csv"));
    twinning = write("twinning", cities, links);

    Path flights = NETWORKS.resolve("openflights-slice");
    CityTable airports = read(flights.resolve("cities.csv"));
    Set<String> ids = new HashSet<>();
    airports.cities().forEach(c -> ids.add(c.id()));
    InterlockingNetwork interlocks =
        InterlockingNetwork.of(
            new MembershipCsvReader(ids, w -> {}).read(flights.resolve("memberships.csv")));
    memberships = write("memberships", interlocks.withConnectivity(airports), interlocks.links());
  }

  private static CityTable read(Path file) throws Exception {
    return new CityLayerReader(CityLayerOptions.defaults(), w -> {}).read(file);
  }

  private static Written write(String name, CityTable cities, LinkTable links) throws Exception {
    RunInfo run =
        new RunInfo(
            name,
            "test",
            "citynet --name " + name,
            List.of(
                new RunInfo.InputFile("cities.csv", "0".repeat(64)),
                new RunInfo.InputFile("links.csv", "1".repeat(64))),
            AnalysisSettings.defaults(),
            Instant.EPOCH,
            List.of("Data: test fixtures"));
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            CityGraphs.build(cities, links, "links.csv", false, w -> {}),
            cities.extraColumns(),
            run);
    Path out = Files.createDirectories(dir.resolve(name));
    List<Path> files = new ArrayList<>();
    for (String suffix :
        List.of(
            ".gpkg",
            ".xlsx",
            ".graphml",
            ".gexf",
            "-cities.csv",
            "-links.csv",
            "-cities.geojson",
            "-links.geojson",
            "-summary.json")) {
      files.add(out.resolve(name + suffix));
    }
    GeoPackageWriter.write(analysis, files.get(0));
    WorkbookWriter.write(analysis, files.get(1));
    GraphMlWriter.write(analysis, files.get(2));
    GexfWriter.write(analysis, files.get(3));
    NetworkCsvWriter.write(
        analysis, files.get(4), files.get(5), org.citynet.export.network.CsvCells.RAW);
    GeoJsonWriter.write(analysis, files.get(6), files.get(7));
    SummaryWriter.write(
        new FinishedRun(analysis, Map.of("measuring_the_network", 1.5)), files.get(8));
    return new Written(analysis, files);
  }

  /** The tests of one run, written once for both. */
  abstract static class EveryWriter {
    abstract Written result();

    NetworkAnalysis analysis() {
      return result().analysis();
    }

    Path file(String suffix) {
      return result().outputs().stream()
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no output *" + suffix));
    }

    Map<String, List<? extends OutputColumn<?>>> tables() {
      return OutputColumns.tables(analysis());
    }

    @Test
    void geoPackageLayersDeclareExactlyTheDefinedColumnsAndTypes() throws SQLException {
      Map<String, String> geometries =
          Map.of(
              "cities", "POINT",
              "links", "MULTILINESTRING",
              "clusters", "MULTIPOLYGON",
              "regions", "MULTIPOLYGON",
              "countries", "MULTIPOLYGON");
      for (String layer : List.of("cities", "links", "clusters", "regions", "countries")) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("fid", "INTEGER");
        expected.put("geom", geometries.get(layer));
        for (OutputColumn<?> c : tables().get(layer)) {
          expected.put(c.name(), c.type().name());
        }
        assertThat(tableInfo(file(".gpkg"), layer)).as(layer).containsExactlyEntriesOf(expected);
      }
    }

    @Test
    void gdalReadsEveryGeoPackageColumnWithItsType() {
      ExternalTools.require("ogrinfo", "gdal-bin");
      ExternalTools.Result r =
          ExternalTools.run(List.of("ogrinfo", "-ro", "-so", "-al", file(".gpkg").toString()), 120);
      assertThat(r.exitCode()).as(r.output()).isZero();
      Map<String, Map<String, String>> layers = gdalFields(r.output());
      for (String layer : List.of("cities", "links", "clusters", "regions", "countries")) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (OutputColumn<?> c : tables().get(layer)) {
          expected.put(
              c.name(),
              switch (c.type()) {
                case TEXT -> "String";
                case INTEGER -> "Integer64";
                case REAL -> "Real";
                case BOOLEAN -> "Integer(Boolean)";
                case OBJECT -> throw new AssertionError(c.name());
              });
        }
        assertThat(layers.get(layer)).as(layer).containsExactlyEntriesOf(expected);
      }
    }

    @Test
    void workbookTablesHaveTheDefinedHeadersAndCellsOfTheDefinedTypes() throws IOException {
      try (InputStream in = Files.newInputStream(file(".xlsx"));
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        for (Map.Entry<String, String> sheet :
            Map.of("Cities", "cities", "Links", "links", "Clusters", "clusters").entrySet()) {
          List<? extends OutputColumn<?>> columns = tables().get(sheet.getValue());
          XSSFSheet s = workbook.getSheet(sheet.getKey());
          XSSFTable table = s.getTables().get(0);
          assertThat(table.getColumns().stream().map(c -> c.getName()))
              .as(sheet.getKey())
              .containsExactlyElementsOf(columns.stream().map(OutputColumn::name).toList());
          for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            for (int c = 0; c < columns.size(); c++) {
              Cell cell = row.getCell(c);
              CellType type = cell == null ? CellType.BLANK : cell.getCellType();
              if (type != CellType.BLANK) {
                assertThat(type)
                    .as("%s!%s row %d", sheet.getKey(), columns.get(c).name(), r)
                    .isEqualTo(cellType(columns.get(c).type()));
              }
            }
          }
        }
      }
    }

    @Test
    void csvTablesHaveTheDefinedHeaderAndValuesOfTheDefinedTypes() throws IOException {
      checkCsv(file("-cities.csv"), tables().get("cities"));
      checkCsv(file("-links.csv"), tables().get("links"));
    }

    @Test
    void graphMlDeclaresEveryColumnAsATypedKey() throws Exception {
      Document xml = parse(file(".graphml"));
      Map<String, Map<String, String>> keys = new LinkedHashMap<>();
      NodeList list = xml.getElementsByTagName("key");
      for (int i = 0; i < list.getLength(); i++) {
        Element key = (Element) list.item(i);
        keys.computeIfAbsent(key.getAttribute("for"), k -> new LinkedHashMap<>())
            .put(key.getAttribute("attr.name"), key.getAttribute("attr.type"));
      }
      assertThat(keys.get("node")).containsExactlyEntriesOf(xmlTypes("cities", Set.of("id")));
      assertThat(keys.get("edge"))
          .containsExactlyEntriesOf(xmlTypes("links", Set.of("source", "target")));
      assertThat(keys.get("graph")).containsExactlyEntriesOf(xmlTypes("provenance", Set.of()));
    }

    @Test
    void gexfDeclaresEveryColumnAsATypedAttribute() throws Exception {
      Document xml = parse(file(".gexf"));
      Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
      NodeList classes = xml.getElementsByTagName("attributes");
      for (int i = 0; i < classes.getLength(); i++) {
        Element block = (Element) classes.item(i);
        Map<String, String> declared = new LinkedHashMap<>();
        NodeList list = block.getElementsByTagName("attribute");
        for (int j = 0; j < list.getLength(); j++) {
          Element a = (Element) list.item(j);
          declared.put(a.getAttribute("title"), a.getAttribute("type"));
        }
        attributes.put(block.getAttribute("class"), declared);
      }
      assertThat(attributes.get("node")).containsExactlyEntriesOf(xmlTypes("cities", Set.of("id")));
      assertThat(attributes.get("edge"))
          .containsExactlyEntriesOf(xmlTypes("links", Set.of("source", "target", "weight")));
    }

    @Test
    void geoJsonPropertiesAreTheDefinedColumnsWithJsonValuesOfTheirTypes() throws IOException {
      checkGeoJson(file("-cities.geojson"), tables().get("cities"));
      checkGeoJson(file("-links.geojson"), tables().get("links"));
    }

    @Test
    void summaryHoldsEveryDefinedKeyWithAValueOfItsType() throws IOException {
      JsonNode summary = JSON.readTree(file("-summary.json").toFile());
      List<String> keys = new ArrayList<>();
      summary.fieldNames().forEachRemaining(keys::add);
      List<? extends OutputColumn<?>> defined = tables().get("summary");
      assertThat(keys).containsExactlyElementsOf(defined.stream().map(OutputColumn::name).toList());
      for (OutputColumn<?> key : defined) {
        checkJsonValue(summary.get(key.name()), key, "summary");
      }
      assertThat(summary.get("cities").asInt()).isEqualTo(analysis().cities().size());
      assertThat(summary.get("links").asInt()).isEqualTo(analysis().links().size());
      assertThat(summary.get("input_checksums").size()).isEqualTo(2);
      assertThat(summary.get("stage_timings").has("measuring_the_network")).isTrue();
    }

    private Map<String, String> xmlTypes(String table, Set<String> structural) {
      Map<String, String> types = new LinkedHashMap<>();
      for (OutputColumn<?> c : tables().get(table)) {
        if (!structural.contains(c.name())) {
          types.put(
              c.name(),
              switch (c.type()) {
                case TEXT -> "string";
                case INTEGER -> "long";
                case REAL -> "double";
                case BOOLEAN -> "boolean";
                case OBJECT -> throw new AssertionError(c.name());
              });
        }
      }
      return types;
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TwinningRun extends EveryWriter {
    @Override
    Written result() {
      return twinning;
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class MembershipsRun extends EveryWriter {
    @Override
    Written result() {
      return memberships;
    }

    @Test
    void typesTheConnectivityColumnsAsRealNumbers() {
      Map<String, ColumnType> types = new LinkedHashMap<>();
      OutputColumns.cities(analysis()).forEach(c -> types.put(c.name(), c.type()));
      assertThat(types)
          .containsEntry("connectivity", ColumnType.REAL)
          .containsEntry("connectivity_share", ColumnType.REAL)
          .containsEntry("airports", ColumnType.REAL);
    }
  }

  private static Map<String, String> tableInfo(Path gpkg, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
      while (r.next()) {
        columns.put(r.getString("name"), r.getString("type"));
      }
    }
    return columns;
  }

  /** Layer name → field name → GDAL type, from {@code ogrinfo -so -al}. */
  private static Map<String, Map<String, String>> gdalFields(String info) {
    Map<String, Map<String, String>> layers = new LinkedHashMap<>();
    Pattern layer = Pattern.compile("^Layer name: (.+)$");
    Pattern field = Pattern.compile("^(.+): (\\S+) \\(\\d+\\.\\d+\\)$");
    Map<String, String> current = null;
    for (String line : info.lines().toList()) {
      Matcher l = layer.matcher(line);
      Matcher f = field.matcher(line);
      if (l.matches()) {
        current = new LinkedHashMap<>();
        layers.put(l.group(1), current);
      } else if (current != null && f.matches()) {
        current.put(f.group(1), f.group(2));
      }
    }
    return layers;
  }

  private static CellType cellType(ColumnType type) {
    return switch (type) {
      case TEXT -> CellType.STRING;
      case INTEGER, REAL -> CellType.NUMERIC;
      case BOOLEAN -> CellType.BOOLEAN;
      case OBJECT -> throw new AssertionError(type);
    };
  }

  private static void checkCsv(Path file, List<? extends OutputColumn<?>> columns)
      throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      Iterator<CsvRecord> rows = csv.iterator();
      assertThat(rows.next().getFields())
          .as("%s header", file.getFileName())
          .containsExactlyElementsOf(columns.stream().map(OutputColumn::name).toList());
      while (rows.hasNext()) {
        List<String> fields = rows.next().getFields();
        for (int c = 0; c < columns.size(); c++) {
          String text = fields.get(c);
          if (!text.isEmpty()) {
            checkText(text, columns.get(c), file.getFileName().toString());
          }
        }
      }
    }
  }

  private static void checkText(String text, OutputColumn<?> column, String where) {
    String what = where + " " + column.name() + " = " + text;
    switch (column.type()) {
      case INTEGER -> assertThat(text).as(what).matches("-?\\d+");
      case REAL -> assertThat(Double.parseDouble(text)).as(what).isFinite();
      case BOOLEAN -> assertThat(text).as(what).isIn("true", "false");
      case TEXT -> {}
      case OBJECT -> throw new AssertionError(what);
    }
  }

  private static void checkGeoJson(Path file, List<? extends OutputColumn<?>> columns)
      throws IOException {
    JsonNode features = JSON.readTree(file.toFile()).get("features");
    assertThat(features.size()).isPositive();
    for (JsonNode feature : features) {
      JsonNode properties = feature.get("properties");
      List<String> names = new ArrayList<>();
      properties.fieldNames().forEachRemaining(names::add);
      assertThat(names)
          .containsExactlyElementsOf(columns.stream().map(OutputColumn::name).toList());
      for (OutputColumn<?> c : columns) {
        checkJsonValue(properties.get(c.name()), c, file.getFileName().toString());
      }
    }
  }

  private static void checkJsonValue(JsonNode value, OutputColumn<?> column, String where) {
    if (value.isNull()) {
      return;
    }
    String what = where + " " + column.name() + " = " + value;
    switch (column.type()) {
      case TEXT -> assertThat(value.isTextual()).as(what).isTrue();
      case INTEGER -> assertThat(value.isIntegralNumber()).as(what).isTrue();
      case REAL -> assertThat(value.isNumber()).as(what).isTrue();
      case BOOLEAN -> assertThat(value.isBoolean()).as(what).isTrue();
      case OBJECT -> assertThat(value.isContainerNode()).as(what).isTrue();
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
