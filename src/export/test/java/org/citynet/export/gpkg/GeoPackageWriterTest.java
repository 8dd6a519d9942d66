package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.citynet.export.AnalysisCopies;
import org.citynet.geo.Geodesics;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.BetweennessMethod;
import org.citynet.model.BrokerRank;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.ClusterStability;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.RegionMatrix;
import org.citynet.model.Role;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;
import org.citynet.testing.CityMetricsCopies;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Element;

class GeoPackageWriterTest {
  private static final String HOSTILE = "x\"); DROP TABLE cities; --";

  /** The extra input columns: a plain one, a clash, an empty one, a duplicate, a hostile one. */
  private static final List<String> EXTRA_COLUMNS =
      List.of("note", "population", "", "NOTE", HOSTILE);

  /** How they must be named in the file. */
  private static final List<String> EXTRA_NAMES =
      List.of("note", "population_input", "extra_3", "NOTE_input", HOSTILE);

  @TempDir static Path dir;
  private static NetworkAnalysis analysis;
  private static Path gpkg;

  @BeforeAll
  static void writeOnce() throws IOException {
    analysis = smallAnalysis("study");
    gpkg = dir.resolve("study.gpkg");
    GeoPackageWriter.write(analysis, gpkg);
  }

  @Nested
  class ReadByGdal {
    @Test
    void showsFiveLayersWithTheirGeometryTypesSrsAndCounts() {
      String info = ogrinfo("-ro", "-so", "-al", gpkg.toString());
      assertThat(info).doesNotContainIgnoringCase("warning");
      checkLayer(info, "cities", "Point", 6);
      checkLayer(info, "links", "Multi Line String", 4);
      checkLayer(info, "clusters", "Multi Polygon", 4);
      checkLayer(info, "regions", "Multi Polygon", 5);
      checkLayer(info, "countries", "Multi Polygon", 241);
    }

    @Test
    void registersTheStylesAsAnAttributesTableWithOneDefaultStylePerLayer() {
      String contents =
          ogrinfo(
              "-ro",
              gpkg.toString(),
              "-sql",
              "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'");
      assertThat(contents).contains("data_type (String) = attributes");
      String styles =
          ogrinfo(
              "-ro",
              gpkg.toString(),
              "-sql",
              "SELECT f_table_name, f_geometry_column, useAsDefault, f_table_catalog,"
                  + " f_table_schema, update_time FROM layer_styles ORDER BY id");
      for (String layer : List.of("cities", "links", "clusters", "regions", "countries")) {
        assertThat(styles).contains("f_table_name (String) = " + layer + "\n");
      }
      assertThat(styles)
          .contains("Feature Count: 5\n")
          .contains("f_geometry_column (String) = geom\n")
          .contains("update_time (DateTime) = 2024/05/01 12:00:00")
          .doesNotContain("useAsDefault (Integer(Boolean)) = 0")
          .doesNotContain("f_table_catalog (String) = (null)")
          .doesNotContain("f_table_schema (String) = (null)");
    }

    @Test
    void storesAnSld11DocumentBesideTheQmlOfEveryLayer() {
      String sql =
          "SELECT f_table_name, styleSLD FROM layer_styles WHERE styleSLD IS NULL OR styleSLD ="
              + " '' OR styleQML = ''";
      assertThat(ogrinfo("-ro", gpkg.toString(), "-sql", sql)).contains("Feature Count: 0\n");
    }

    @Test
    void passesGdalsValidator() {
      ExternalTools.requirePythonModule("osgeo", "python3-gdal");
      Result r =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
                  gpkg.toString()),
              120);
      assertThat(r.output()).isEmpty();
      assertThat(r.exitCode()).isZero();
    }

    @Test
    void usesTheSpatialIndexOfEveryLayer() {
      for (String layer : List.of("cities", "links", "clusters", "regions", "countries")) {
        String sql = "SELECT HasSpatialIndex('" + layer + "', 'geom')";
        assertThat(ogrinfo("-ro", gpkg.toString(), "-sql", sql))
            .contains("HasSpatialIndex (Integer) = 1");
      }
      // Only Suva lies in this box; Apia is across the antimeridian.
      assertThat(
              ogrinfo("-ro", "-so", "-spat", "170", "-25", "180", "-10", gpkg.toString(), "cities"))
          .contains("Feature Count: 1\n");
    }

    @Test
    void indexesEveryGeometryOnceByItsEnvelopeInATreeSqliteAccepts() {
      for (String layer : List.of("cities", "links", "clusters", "regions", "countries")) {
        String rtree = "rtree_" + layer + "_geom";
        String enclosing =
            String.join(
                " AND ",
                roundedOutwards("r.minx", "ST_MinX(l.geom)"),
                roundedOutwards("ST_MaxX(l.geom)", "r.maxx"),
                roundedOutwards("r.miny", "ST_MinY(l.geom)"),
                roundedOutwards("ST_MaxY(l.geom)", "r.maxy"));
        String sql =
            "SELECT (SELECT count(*) FROM %1$s) AS entries,"
                + " (SELECT count(*) FROM %2$s WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom))"
                + " AS geometries,"
                + " (SELECT count(*) FROM %2$s l JOIN %1$s r ON r.id = l.fid WHERE %3$s)"
                + " AS enclosing,"
                + " rtreecheck('%1$s') AS checked";
        String result =
            ogrinfo("-ro", gpkg.toString(), "-sql", sql.formatted(rtree, layer, enclosing));
        int geometries = integer(result, "geometries");
        assertThat(geometries).as(layer).isPositive();
        assertThat(integer(result, "entries")).as(layer).isEqualTo(geometries);
        assertThat(integer(result, "enclosing")).as(layer).isEqualTo(geometries);
        assertThat(result).as(layer).contains("checked (String) = ok\n");
      }
      // The cluster without cities has no geometry, so no entry.
      String clusters = "SELECT count(*) AS entries FROM rtree_clusters_geom";
      assertThat(integer(ogrinfo("-ro", gpkg.toString(), "-sql", clusters), "entries"))
          .isEqualTo(3);
    }

    @Test
    void describesEachLayerInTheContents() {
      String contents =
          ogrinfo(
              "-ro",
              gpkg.toString(),
              "-sql",
              "SELECT table_name, identifier, description FROM gpkg_contents"
                  + " WHERE identifier = table_name AND length(description) > 40");
      assertThat(contents).contains("Feature Count: 6\n");
    }

    @Test
    void recordsTheRunAsGeoPackageMetadata() throws IOException {
      String info = ogrinfo("-ro", "-so", gpkg.toString());
      String item =
          info.lines()
              .map(String::strip)
              .filter(l -> l.startsWith("GPKG_METADATA_ITEM_1="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no GeoPackage metadata in:\n" + info));
      JsonNode run = new ObjectMapper().readTree(item.substring(item.indexOf('=') + 1));
      assertThat(run.path("tool_version").asText()).isEqualTo("0.1.0-test");
      assertThat(run.path("command_line").asText())
          .isEqualTo("citynet --cities cities.csv --links links.csv");
      assertThat(run.path("inputs").findValuesAsText("sha256"))
          .containsExactly(
              analysis.run().inputs().get(0).sha256(), analysis.run().inputs().get(1).sha256());
      assertThat(run.path("settings").path("resolution").asDouble()).isEqualTo(1.0);
      assertThat(run.path("settings").path("starts").asText()).isEqualTo("auto");
      assertThat(run.path("settings").path("seed").asLong()).isEqualTo(42);
      assertThat(run.path("started_at").asText()).isEqualTo("2024-05-01T12:00:00Z");
      assertThat(run.path("attribution").get(0).asText()).isEqualTo("Synthetic test data");
      assertThat(run.path("basemap_sources").toString())
          .contains("Natural Earth")
          .contains("public domain");
    }
  }

  @Nested
  class Values {
    @Test
    void citiesReadBackEqualTheInput() {
      List<NamedCsvRecord> rows = csv("cities");
      assertThat(rows).hasSize(analysis.cities().size());
      for (int i = 0; i < rows.size(); i++) {
        NamedCsvRecord row = rows.get(i);
        CityMetrics m = analysis.cities().get(i);
        City c = m.city();
        assertThat(point(row)).isEqualTo(c.lon() + " " + c.lat());
        assertThat(row.getField("id")).isEqualTo(c.id());
        assertThat(row.getField("name")).isEqualTo(c.name());
        assertThat(row.getField("country")).isEqualTo(c.country());
        assertThat(row.getField("region")).isEqualTo(m.region());
        assertThat(row.getField("subregion")).isEqualTo(m.subregion());
        assertThat(row.getField("population"))
            .isEqualTo(c.population().isPresent() ? "" + c.population().getAsLong() : "");
        assertThat(row.getField("degree")).isEqualTo("" + m.degree());
        assertThat(real(row, "strength")).isCloseTo(m.strength(), within(1e-12));
        assertThat(real(row, "betweenness")).isCloseTo(m.betweenness(), within(1e-12));
        assertThat(real(row, "closeness")).isCloseTo(m.closeness(), within(1e-12));
        assertThat(real(row, "harmonic")).isCloseTo(m.harmonic(), within(1e-12));
        assertThat(real(row, "pagerank")).isCloseTo(m.pagerank(), within(1e-12));
        assertThat(real(row, "eigenvector")).isCloseTo(m.eigenvector(), within(1e-12));
        assertThat(row.getField("coreness")).isEqualTo("" + m.coreness());
        assertThat(real(row, "clustering")).isCloseTo(m.clustering(), within(1e-12));
        assertThat(row.getField("component")).isEqualTo("" + m.component());
        assertThat(row.getField("cluster")).isEqualTo("" + m.cluster());
        assertThat(real(row, "within_cluster_z")).isCloseTo(m.withinClusterZ(), within(1e-12));
        assertThat(real(row, "participation")).isCloseTo(m.participation(), within(1e-12));
        assertThat(row.getField("role")).isEqualTo(m.role().code());
        assertThat(row.getField("role_name")).isEqualTo(m.role().label());
        assertThat(real(row, "ei_index")).isCloseTo(m.eiIndex(), within(1e-12));
        // A cluster under the gravity model that was not computed is NULL, not -1.
        assertThat(row.getField("cluster_spatial"))
            .isEqualTo(
                m.clusterSpatial() == CityMetrics.NOT_COMPUTED ? "" : "" + m.clusterSpatial());
        for (int e = 0; e < EXTRA_NAMES.size(); e++) {
          assertThat(row.getField(EXTRA_NAMES.get(e))).isEqualTo(c.extras().get(e));
        }
      }
    }

    @Test
    void namesClashingEmptyDuplicateAndHostileExtraColumnsSafely() {
      List<String> header = new ArrayList<>(csv("cities").get(0).getHeader());
      assertThat(header.subList(header.size() - EXTRA_NAMES.size(), header.size()))
          .containsExactlyElementsOf(EXTRA_NAMES);
      assertThat(ogrinfo("-ro", "-so", gpkg.toString())).contains("cities (Point)");
    }

    @Test
    void linksReadBackEqualTheInputAsGeodesics() {
      List<NamedCsvRecord> rows = csv("links");
      assertThat(rows).hasSize(analysis.links().size());
      for (int i = 0; i < rows.size(); i++) {
        NamedCsvRecord row = rows.get(i);
        LinkMetrics link = analysis.links().get(i);
        Partnership p = link.partnership();
        assertThat(row.getField("source")).isEqualTo(p.source());
        assertThat(row.getField("target")).isEqualTo(p.target());
        assertThat(real(row, "weight")).isEqualTo(p.weight());
        assertThat(row.getField("links")).isEqualTo("" + p.links());
        assertThat(row.getField("types")).isEqualTo(String.join("; ", p.types()));
        assertThat(real(row, "length_km")).isCloseTo(link.lengthKm(), within(1e-9));
        assertThat(row.getField("same_country")).isEqualTo(link.sameCountry() ? "1" : "0");
        assertThat(row.getField("same_region")).isEqualTo(link.sameRegion() ? "1" : "0");
      }
      assertThat(rows.get(0).getField("cluster"))
          .as("Suva and Apia share cluster 1")
          .isEqualTo("1");
      assertThat(rows.get(1).getField("cluster")).as("Barcelona and Berlin: 0").isEqualTo("0");
      assertThat(rows.get(2).getField("cluster")).as("Berlin 0, Quito 0").isEqualTo("0");
      assertThat(rows.get(3).getField("cluster")).as("Reykjavík 2, Berlin 0").isEmpty();
      Geometry suvaApia = wkt(rows.get(0));
      assertThat(suvaApia.getGeometryType()).isEqualTo("MultiLineString");
      assertThat(suvaApia.getNumGeometries()).isEqualTo(2);
      assertThat(suvaApia.getEnvelopeInternal().getWidth()).isEqualTo(360);
      assertThat(wkt(rows.get(1)).getNumGeometries()).isEqualTo(1);
    }

    @Test
    void clustersReadBackEqualTheInputWithFootprintsPerContinent() {
      List<NamedCsvRecord> rows = csv("clusters");
      assertThat(rows).hasSize(analysis.clusters().size());
      for (int i = 0; i < rows.size(); i++) {
        NamedCsvRecord row = rows.get(i);
        Cluster c = analysis.clusters().get(i);
        assertThat(row.getField("cluster")).isEqualTo("" + c.id());
        assertThat(row.getField("size")).isEqualTo("" + c.size());
        assertThat(row.getField("dominant_region")).isEqualTo(c.dominantRegion());
        assertThat(row.getField("internal_links")).isEqualTo("" + c.internalLinks());
        assertThat(row.getField("external_links")).isEqualTo("" + c.externalLinks());
        // NaN (no partnership with known regions) is stored as NULL.
        assertThat(row.getField("ei_index"))
            .isEqualTo(Double.isNaN(c.eiIndex()) ? "" : row.getField("ei_index"));
        if (!Double.isNaN(c.eiIndex())) {
          assertThat(real(row, "ei_index")).isCloseTo(c.eiIndex(), within(1e-12));
        }
      }
      assertThat(wkt(rows.get(0)).getNumGeometries()).as("Europe and Quito").isEqualTo(2);
      assertThat(wkt(rows.get(1)).getNumGeometries()).as("cut at ±180°").isEqualTo(2);
      assertThat(wkt(rows.get(2)).getNumGeometries()).as("Reykjavík").isEqualTo(1);
      rows.subList(0, 3).forEach(row -> assertThat(wkt(row).isValid()).isTrue());
    }

    @Test
    void storesAParsableSld11ForEveryStyledLayer() throws Exception {
      List<String> named = new ArrayList<>();
      try (GeoPackage file = GeoPackageManager.open(gpkg.toFile(), false);
          Statement statement = file.getConnection().getConnection().createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT f_table_name, styleSLD FROM layer_styles")) {
        while (rows.next()) {
          Element root = SldElementsTest.parse(rows.getString(2)).getDocumentElement();
          assertThat(root.getNamespaceURI()).isEqualTo(SldElements.SLD);
          assertThat(root.getLocalName()).isEqualTo("StyledLayerDescriptor");
          assertThat(root.getAttribute("version")).isEqualTo("1.1.0");
          named.add(root.getElementsByTagNameNS(SldElements.SE, "Name").item(0).getTextContent());
          assertThat(named).endsWith(rows.getString(1));
        }
      }
      assertThat(named).containsExactly("cities", "links", "clusters", "regions", "countries");
    }

    @Test
    void writesNoGeometryForAClusterWithoutCities() {
      assertThat(csv("clusters").get(3).getField("WKT")).isEmpty();
    }
  }

  @Nested
  class File {
    @Test
    void declaresGeoPackage13() throws IOException {
      byte[] header = Files.readAllBytes(gpkg);
      int userVersion =
          ((header[60] & 0xff) << 24)
              | ((header[61] & 0xff) << 16)
              | ((header[62] & 0xff) << 8)
              | (header[63] & 0xff);
      assertThat(userVersion).isEqualTo(10300);
      assertThat(new String(header, 68, 4, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("GPKG");
    }

    @Test
    void leavesNoTemporaryFile(@TempDir Path empty) throws IOException {
      GeoPackageWriter.write(analysis, empty.resolve("x.gpkg"));
      assertThat(list(empty)).containsExactly("x.gpkg");
    }

    @Test
    void writesTheSameBytesForTheSameInput(@TempDir Path other) throws IOException {
      Path again = other.resolve("study.gpkg");
      GeoPackageWriter.write(smallAnalysis("study"), again);
      assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(gpkg));
    }

    @Test
    void replacesAPreviousFile(@TempDir Path other) throws IOException {
      Path target = other.resolve("study.gpkg");
      Files.writeString(target, "old");
      GeoPackageWriter.write(analysis, target);
      assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(gpkg));
    }

    @Test
    void keepsThePreviousFileWhenTheAnalysisIsInconsistent(@TempDir Path other) throws IOException {
      Path target = other.resolve("study.gpkg");
      GeoPackageWriter.write(analysis, target);
      byte[] before = Files.readAllBytes(target);
      NetworkAnalysis broken =
          AnalysisCopies.withLinks(
              analysis,
              List.of(
                  new LinkMetrics(
                      new Partnership("FJ-SUV", "nowhere", 1, 1, List.of()),
                      0,
                      false,
                      false,
                      1.0)));
      assertThatThrownBy(() -> GeoPackageWriter.write(broken, target))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nowhere");
      assertThat(Files.readAllBytes(target)).isEqualTo(before);
      assertThat(list(other)).containsExactly("study.gpkg");
    }

    @Test
    void deletesTheTemporaryFileWhenTheMoveFails(@TempDir Path other) throws IOException {
      Path target = other.resolve("study.gpkg");
      Files.createDirectories(target.resolve("occupied"));
      assertThatThrownBy(() -> GeoPackageWriter.write(analysis, target))
          .isInstanceOf(IOException.class);
      assertThat(list(other)).containsExactly("study.gpkg");
      assertThat(list(target)).containsExactly("occupied");
    }
  }

  // --- GDAL ---

  /** Checks one layer's block of {@code ogrinfo -so -al} output. */
  private static void checkLayer(String info, String layer, String geometryType, int count) {
    int start = info.indexOf("Layer name: " + layer + "\n");
    assertThat(start).as("layer %s in%n%s", layer, info).isNotNegative();
    int end = info.indexOf("Layer name: ", start + 1);
    String block = info.substring(start, end < 0 ? info.length() : end);
    assertThat(block)
        .contains("\nGeometry: " + geometryType + "\n")
        .contains("\nFeature Count: " + count + "\n")
        .contains("ID[\"EPSG\",4326]]\n");
  }

  /**
   * SQL: {@code lower <= upper}, by less than 1e-4 degrees, as an R-tree's float bound rounded
   * outwards from the geometry's double bound is.
   */
  private static String roundedOutwards(String lower, String upper) {
    return lower + " <= " + upper + " AND " + upper + " - " + lower + " < 1e-4";
  }

  /** The integer field {@code name} of ogrinfo's output for a one-row query. */
  private static int integer(String ogrinfo, String name) {
    Matcher m = Pattern.compile(" " + name + " \\(Integer\\) = (\\d+)\n").matcher(ogrinfo);
    assertThat(m.find()).as("%s in%n%s", name, ogrinfo).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static String ogrinfo(String... args) {
    ExternalTools.require("ogrinfo", "gdal-bin");
    List<String> command = new ArrayList<>(List.of("ogrinfo"));
    command.addAll(List.of(args));
    Result r = ExternalTools.run(command, 120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output();
  }

  /** A layer as GDAL reads it, through its CSV driver, geometry as WKT in column "WKT". */
  private static List<NamedCsvRecord> csv(String layer) {
    ExternalTools.require("ogr2ogr", "gdal-bin");
    Result r =
        ExternalTools.run(
            List.of(
                "ogr2ogr",
                "-f",
                "CSV",
                "/vsistdout/",
                gpkg.toString(),
                layer,
                "-lco",
                "GEOMETRY=AS_WKT"),
            120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(r.output())) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static double real(NamedCsvRecord row, String column) {
    return Double.parseDouble(row.getField(column));
  }

  private static String point(NamedCsvRecord row) {
    Geometry g = wkt(row);
    return g.getCoordinate().x + " " + g.getCoordinate().y;
  }

  private static Geometry wkt(NamedCsvRecord row) {
    try {
      return new WKTReader().read(row.getField("WKT"));
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }

  // --- a small, synthetic analysis of real places ---

  /**
   * Six real cities with synthetic measures: Suva and Apia on both sides of the antimeridian,
   * Barcelona, Berlin and Quito in one cluster across the Atlantic, Reykjavík alone in its cluster
   * with a link to Berlin, and a cluster without cities.
   */
  static NetworkAnalysis smallAnalysis(String name) {
    return smallAnalysis(name, 1);
  }

  /**
   * The small analysis with Quito's cluster confidence set: below {@code
   * Significance.LOW_CONFIDENCE} it sits between clusters.
   */
  static NetworkAnalysis smallAnalysis(String name, double quitoConfidence) {
    List<CityMetrics> cities =
        List.of(
            city("FJ-SUV", "Suva", "FJ", -18.1416, 178.4419, 1000, "Oceania", 1, 1, 1),
            city("WS-APW", "Apia", "WS", -13.8333, -171.7667, -1, "Oceania", 1, 1, 1),
            city("ES-BCN", "Barcelona", "ES", 41.3874, 2.1686, 3000, "Europe", 1, 0, 0),
            city("DE-BER", "Berlin", "DE", 52.52, 13.405, 4000, "Europe", 2, 0, 0),
            CityMetricsCopies.withConfidence(
                city("EC-UIO", "Quito", "EC", -0.22985, -78.52495, 5000, "Americas", 1, 0, 0),
                quitoConfidence),
            city("IS-REY", "Reykjavík", "IS", 64.1466, -21.9426, -1, "Europe", 1, 0, 2));
    List<LinkMetrics> links =
        List.of(
            link("FJ-SUV", "WS-APW", 2, 2, List.of("twinning", "friendship"), cities, false, true),
            link("ES-BCN", "DE-BER", 1.5, 1, List.of("twinning"), cities, false, true),
            link("DE-BER", "EC-UIO", 1, 1, List.of(), cities, false, false),
            link("IS-REY", "DE-BER", 1, 1, List.of(), cities, false, true));
    List<Cluster> clusters =
        List.of(
            new Cluster(0, 3, "Europe", 2 / 3.0, List.of("Berlin"), 2, 0, -0.5),
            new Cluster(1, 2, "Oceania", 1, List.of("Suva"), 1, 0, -1),
            new Cluster(2, 1, "Europe", 1, List.of("Reykjavík"), 0, 0, Double.NaN),
            new Cluster(3, 0, "", 0, List.of(), 0, 0, Double.NaN));
    RunInfo run =
        new RunInfo(
            name,
            "0.1.0-test",
            "citynet --cities cities.csv --links links.csv",
            List.of(
                new RunInfo.InputFile("cities.csv", "ab".repeat(32)),
                new RunInfo.InputFile("links \"2024\".csv", "cd".repeat(32))),
            AnalysisSettings.defaults(),
            Instant.parse("2024-05-01T12:00:00Z"),
            List.of("Synthetic test data"));
    return new NetworkAnalysis(
        run,
        new NetworkSummary(
            6,
            3,
            4,
            3,
            0.5,
            0.2,
            1.0,
            Double.NaN,
            3,
            0.25,
            AnalysisSettings.Quality.MODULARITY,
            0.25,
            new ClusterStability(10, 0.9, 0.8, 0.95),
            0,
            Double.NaN,
            Double.NaN,
            BetweennessMethod.exact(),
            java.util.Optional.empty(),
            org.citynet.model.ZeroLengthLinks.none()),
        cities,
        EXTRA_COLUMNS,
        links,
        clusters,
        new RegionMatrix(List.of("Europe"), new int[][] {{1}}),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  private static CityMetrics city(
      String id,
      String name,
      String country,
      double lat,
      double lon,
      long population,
      String region,
      int degree,
      int component,
      int cluster) {
    List<String> extras =
        List.of(
            "note on " + name,
            "it's \"quoted\"; DROP TABLE links; --",
            "",
            "Zürich – 東京",
            id.toLowerCase(java.util.Locale.ROOT));
    City city =
        new City(
            id,
            name,
            country,
            lat,
            lon,
            population < 0 ? OptionalLong.empty() : OptionalLong.of(population),
            extras);
    double seed = id.hashCode() % 97 / 97.0;
    return new CityMetrics(
        city,
        region,
        region + " (sub)",
        degree,
        degree * 1.5,
        seed / 3,
        seed / 5,
        seed / 7,
        1 / 6.0,
        Math.abs(seed),
        degree,
        1 / 3.0,
        component,
        cluster,
        seed,
        degree / 4.0,
        Role.R2_PERIPHERAL,
        -seed,
        cluster == 0 ? 1 : CityMetrics.NOT_COMPUTED,
        BrokerRank.NONE,
        1.0);
  }

  private static LinkMetrics link(
      String source,
      String target,
      double weight,
      int rows,
      List<String> types,
      List<CityMetrics> cities,
      boolean sameCountry,
      boolean sameRegion) {
    City a = find(cities, source);
    City b = find(cities, target);
    return new LinkMetrics(
        new Partnership(source, target, weight, rows, types),
        Geodesics.lengthKm(a.lat(), a.lon(), b.lat(), b.lon()),
        sameCountry,
        sameRegion,
        1.0);
  }

  private static City find(List<CityMetrics> cities, String id) {
    return cities.stream().map(CityMetrics::city).filter(c -> c.id().equals(id)).findFirst().get();
  }

  /** {@code a} with other cities and links. */
  static NetworkAnalysis withCities(
      NetworkAnalysis a, List<CityMetrics> cities, List<LinkMetrics> links) {
    return AnalysisCopies.withLinks(AnalysisCopies.withCities(a, cities), links);
  }

  /** The cities of {@code a} and one more, in cluster 0 with synthetic measures. */
  static List<CityMetrics> withCity(
      NetworkAnalysis a,
      String id,
      String name,
      String country,
      double lat,
      double lon,
      String region) {
    List<CityMetrics> cities = new ArrayList<>(a.cities());
    cities.add(city(id, name, country, lat, lon, -1, region, 1, 0, 0));
    return cities;
  }
}
