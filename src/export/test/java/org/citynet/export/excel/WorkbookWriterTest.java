package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.citynet.export.AnalysisCopies;
import org.citynet.export.ClusterPalette;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RegionMatrix;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;

class WorkbookWriterTest {
  private static final List<String> SHEETS =
      List.of(
          "Overview", "Cities", "Links", "Clusters", "Roles", "Regions", "Significance", "Method");

  /** The six-city network written once and read back with POI. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SixCities {
    final NetworkAnalysis analysis = SyntheticNetworks.sixCities();
    Path dir;
    Path file;
    XSSFWorkbook workbook;

    @BeforeAll
    void write(@TempDir Path tempDir) throws IOException {
      dir = tempDir;
      file = dir.resolve("six.xlsx");
      WorkbookWriter.write(analysis, file);
      try (InputStream in = Files.newInputStream(file)) {
        workbook = new XSSFWorkbook(in);
      }
    }

    @Test
    void hasTheSixSheetsInOrder() {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).isEqualTo(SHEETS);
    }

    @Test
    void listsCitiesLinksAndClustersAsExcelTablesWithoutSheetFilters() {
      assertThat(table("Cities").getArea().formatAsString()).isEqualTo("A1:AD7");
      assertThat(table("Links").getArea().formatAsString()).isEqualTo("A1:L6");
      assertThat(table("Clusters").getArea().formatAsString()).isEqualTo("A1:J4");
      assertThat(table("Cities").getStyleName()).isNotBlank();
      assertThat(table("Cities").getCTTable().getAutoFilter().getRef()).isEqualTo("A1:AD7");
      for (Sheet sheet : workbook) {
        assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
            .as(sheet.getSheetName())
            .isFalse();
      }
    }

    @Test
    void namesTableColumnsAsTheirHeaderCells() {
      for (String name : List.of("Cities", "Links", "Clusters")) {
        XSSFTable table = table(name);
        Row header = workbook.getSheet(name).getRow(0);
        for (int c = 0; c < table.getColumnCount(); c++) {
          assertThat(table.getColumns().get(c).getName())
              .isEqualTo(header.getCell(c).getStringCellValue());
        }
      }
      assertThat(table("Cities").getColumns().get(29).getName()).isEqualTo("contact");
    }

    @Test
    void freezesTheHeaderRowOfEachTable() {
      for (String name : List.of("Cities", "Links", "Clusters")) {
        var pane = workbook.getSheet(name).getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
      }
    }

    @Test
    void drawsNativeCharts() {
      int charts = 0;
      for (Sheet sheet : workbook) {
        XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
        charts += drawing == null ? 0 : drawing.getCharts().size();
      }
      assertThat(charts).isEqualTo(6);
      assertThat(workbook.getSheet("Overview").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly(
              "Top 6 cities by betweenness", "Cities per cluster", "Partnerships by distance");
      assertThat(workbook.getSheet("Roles").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly("Participation P against within-cluster z-score");
      assertThat(workbook.getSheet("Regions").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly(
              "Partnerships within and between regions", "Partnerships per city pair by distance");
    }

    @Test
    void listsEachCitysRoleAndRegionalEiIndex() {
      Sheet sheet = workbook.getSheet("Cities");
      assertThat(text(sheet).lines().findFirst().orElseThrow())
          .contains(
              "cluster | within_cluster_z | participation | role | role_name | ei_index |"
                  + " cluster_spatial | betweenness_rank | betweenness_rank_lo |"
                  + " betweenness_rank_hi | cluster_confidence | contact");
      for (int r = 1; r <= 6; r++) {
        Row row = sheet.getRow(r);
        CityMetrics city = cityById(row.getCell(0).getStringCellValue());
        assertThat(row.getCell(19).getNumericCellValue()).isEqualTo(city.withinClusterZ());
        assertThat(row.getCell(20).getNumericCellValue()).isEqualTo(city.participation());
        assertThat(row.getCell(21).getStringCellValue()).isEqualTo(city.role().code());
        assertThat(row.getCell(22).getStringCellValue()).isEqualTo(city.role().label());
      }
      // Northtown: E 2 (Southport, HYPERLINK), I 1 (Easton); Loneville has no partner.
      assertThat(format(sheet.getRow(1).getCell(20))).isEqualTo("0.444");
      assertThat(format(sheet.getRow(1).getCell(23))).isEqualTo("0.33");
      Cell loneville = sheet.getRow(6).getCell(23);
      assertThat(loneville == null || loneville.getCellType() == CellType.BLANK).isTrue();
    }

    @Test
    void countsTheCitiesOfEachRoleWithExamples() {
      String text = text(workbook.getSheet("Roles"));
      assertThat(text)
          .contains(
              "R1 | ultra-peripheral | z < 2.5, P ≤ 0.05: all partners in its cluster | 4 | 66.7%"
                  + " | Easton (FR), Southport (KE), -Westfield (US) and 1 more")
          .contains(
              "R2 | peripheral | z < 2.5, 0.05 < P ≤ 0.62: most partners in its cluster | 2 |"
                  + " 33.3% | Northtown (DE), =HYPERLINK(\"x\") (BR)")
          .contains("R7 | kinless hub | z ≥ 2.5, P > 0.75: a hub with no home cluster | 0 | 0.0%");
    }

    @Test
    void plotsParticipationAgainstZFromTheCitiesSheetWithTheRoleBoundaries() {
      XSSFChart chart = workbook.getSheet("Roles").getDrawingPatriarch().getCharts().get(0);
      XDDFChartData.Series cities = chart.getChartSeries().get(0).getSeries(0);
      assertThat(cities.getCategoryData().getDataRangeReference()).isEqualTo("Cities!$U$2:$U$7");
      assertThat(cities.getValuesData().getDataRangeReference()).isEqualTo("Cities!$T$2:$T$7");
      assertThat(number(cities.getCategoryData().getPointAt(0))).isEqualTo(4 / 9.0);
      // Every city is on the chart, so neither its legend nor the sheet says which are.
      assertThat(legend(cities)).isEqualTo("cities");
      assertThat(text(workbook.getSheet("Roles"))).doesNotContain("The chart shows");
      XDDFChartData.Series boundaries = chart.getChartSeries().get(0).getSeries(1);
      // Every corner of the path lies on a role boundary: P at a threshold or z at 2.5.
      List<Double> p = new ArrayList<>();
      List<Double> z = new ArrayList<>();
      for (int i = 0; i < boundaries.getCategoryData().getPointCount(); i++) {
        p.add(number(boundaries.getCategoryData().getPointAt(i)));
        z.add(boundaries.getValuesData().getPointAt(i).doubleValue());
      }
      assertThat(p).containsAll(List.of(0.05, 0.62, 0.80, 0.30, 0.75));
      // Blank points are gaps: LibreOffice would otherwise draw a line to (0, 0).
      assertThat(chart.getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
      for (int i = 0; i < p.size(); i++) {
        assertThat(z.get(i) == 2.5 || List.of(0.05, 0.62, 0.80, 0.30, 0.75).contains(p.get(i)))
            .as("corner " + i)
            .isTrue();
      }
    }

    @Test
    void tablesRegionalMixingAgainstItsExpectation() {
      String text = text(workbook.getSheet("Regions"));
      assertThat(text)
          .contains("UN region | 5 | 2 | 40.0% | 38.0% | 1.05 | 0.032")
          .contains("UN sub-region | 5 | 1 | 20.0% | 34.0% | 0.59 | -0.212")
          .contains("Country | 5 | 0 | 0.0% | 22.0% | 0.00 | -0.282");
    }

    @Test
    void tablesAndChartsTheDistanceDecayOnLogAxes() {
      Sheet sheet = workbook.getSheet("Regions");
      String text = text(sheet);
      assertThat(text)
          .contains(
              "Partnerships per city pair scale as distance^−0.37 (95% confidence interval −1.39"
                  + " to 0.66); 3 bands fitted, R² = 0.95; all 15 city pairs counted.")
          // The empty band 631–3,981 km holds no pair and is left out.
          .contains("398 | 631 | 1 | 1 | 1.00E+00")
          .doesNotContain("631 | 3,981")
          .contains("10,000 | 15,849 | 0 | 4 | 0.00E+00");
      XSSFChart chart = workbook.getSheet("Regions").getDrawingPatriarch().getCharts().get(1);
      XDDFChartData.Series observed = chart.getChartSeries().get(0).getSeries(0);
      assertThat(observed.getCategoryData().getPointCount()).isEqualTo(3);
      assertThat(observed.getValuesData().getPointAt(1).doubleValue()).isEqualTo(0.5);
      assertThat(chart.getAxes()).hasSize(2).allMatch(a -> a.getLogBase() == 10);
    }

    @Test
    void barsBetweennessAndDegreeAndColoursTheRegionMatrix() {
      var cities = workbook.getSheet("Cities").getSheetConditionalFormatting();
      List<String> ranges = new ArrayList<>();
      for (int i = 0; i < cities.getNumConditionalFormattings(); i++) {
        ranges.add(cities.getConditionalFormattingAt(i).getFormattingRanges()[0].formatAsString());
      }
      assertThat(ranges).containsExactlyInAnyOrder("K2:K7", "I2:I7");
      var regions = workbook.getSheet("Regions").getSheetConditionalFormatting();
      assertThat(regions.getNumConditionalFormattings()).isEqualTo(1);
      assertThat(regions.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString())
          .isEqualTo("B5:E8");
    }

    @Test
    void listsCitiesByBetweennessWithTheirInputValues() {
      Sheet sheet = workbook.getSheet("Cities");
      // 0.4 and 0.3 first; the zeros by degree (2, 2, 1, 0), ties in input order.
      List<String> ids = new ArrayList<>();
      for (int r = 1; r <= 6; r++) {
        ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(ids).containsExactly("c1", "c4", "c2", "c3", "c5", "c6");
      for (int r = 1; r <= 6; r++) {
        Row row = sheet.getRow(r);
        CityMetrics city = cityById(row.getCell(0).getStringCellValue());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(city.city().name());
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(city.city().lat());
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(city.degree());
        assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(city.betweenness());
        assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(city.closeness());
        assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(city.clustering());
        assertThat(row.getCell(18).getNumericCellValue()).isEqualTo(city.cluster());
        String extra = city.city().extras().get(0);
        if (extra.isEmpty()) {
          assertThat(row.getCell(29)).as("an empty value is a blank cell").isNull();
        } else {
          assertThat(row.getCell(29).getStringCellValue()).isEqualTo(extra);
        }
      }
      // Southport has no population: the cell stays blank rather than showing 0.
      Cell southportPopulation = sheet.getRow(4).getCell(7);
      assertThat(southportPopulation == null || southportPopulation.getCellType() == CellType.BLANK)
          .isTrue();
      assertThat(format(sheet.getRow(1).getCell(7))).isEqualTo("250,000");
      assertThat(format(sheet.getRow(1).getCell(10))).isEqualTo("40.000%");
      assertThat(format(sheet.getRow(1).getCell(11))).isEqualTo("0.640");
    }

    @Test
    void listsEveryPartnershipWithNamesAndGeography() {
      Sheet sheet = workbook.getSheet("Links");
      for (int i = 0; i < analysis.links().size(); i++) {
        LinkMetrics link = analysis.links().get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(link.partnership().source());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(link.partnership().target());
        assertThat(row.getCell(2).getStringCellValue())
            .isEqualTo(cityById(link.partnership().source()).city().name());
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(link.partnership().weight());
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(link.partnership().links());
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(link.lengthKm());
        assertThat(row.getCell(9).getBooleanCellValue()).isEqualTo(link.sameRegion());
      }
      assertThat(sheet.getRow(1).getCell(6).getStringCellValue())
          .isEqualTo("twinning; cooperation");
    }

    @Test
    void describesEachClusterWithItsMembersRegionsAndBridgeCities() {
      Sheet sheet = workbook.getSheet("Clusters");
      assertThat(text(sheet).lines().limit(4))
          .containsExactly(
              "cluster | dominant_region | dominant_region_share | size | internal_links |"
                  + " external_links | ei_index | regions | members | bridge_cities",
              "0 | Europe | 67% | 3 | 3 | 1 | 0.43 | Europe 2, Africa 1 | Northtown (DE), Easton (FR),"
                  + " Southport (KE) | Northtown (DE): 1 partnership with cluster 1",
              "1 | Americas | 100% | 2 | 1 | 1 | -0.33 | Americas 2 | "
                  + SyntheticNetworks.HYPERLINK
                  + " (BR), "
                  + SyntheticNetworks.WESTFIELD
                  + " (US) | "
                  + SyntheticNetworks.HYPERLINK
                  + " (BR): 1 partnership with cluster 0",
              "2 | Asia | 100% | 1 | 0 | 0 | Asia 1 | Loneville (JP) | none: no member partners with a"
                  + " city of another cluster");
      // The member list starts with "=": it must stay text.
      assertThat(sheet.getRow(2).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(8).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void coloursClusterNumbersAsTheMapDoes() {
      for (String name : List.of("Cities", "Clusters")) {
        Sheet sheet = workbook.getSheet(name);
        int column = name.equals("Cities") ? 18 : 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          Cell cell = sheet.getRow(r).getCell(column);
          assertThat(fill(cell))
              .as(name + " row " + r)
              .isEqualTo(ClusterPalette.rgb((int) cell.getNumericCellValue()));
        }
      }
      // Cluster 0 is indigo, so its number is white; cluster 3's cyan would need dark text.
      Cell indigo = workbook.getSheet("Clusters").getRow(1).getCell(0);
      assertThat(fontRgb(indigo)).isEqualTo(0xFFFFFF);
    }

    @Test
    void coloursEachClusterBarAsTheMapDoes() {
      XSSFChart chart = workbook.getSheet("Overview").getDrawingPatriarch().getCharts().get(1);
      XDDFChartData.Series bars = chart.getChartSeries().get(0).getSeries(0);
      for (int i = 0; i < analysis.clusters().size(); i++) {
        XDDFSolidFillProperties fill =
            (XDDFSolidFillProperties) bars.getDataPoint(i).getShapeProperties().getFillProperties();
        assertThat(rgb(((XDDFColorRgbBinary) fill.getColor()).getValue()))
            .isEqualTo(ClusterPalette.rgb(i));
      }
      assertThat(bars.getValuesData().getDataRangeReference()).isEqualTo("Clusters!$D$2:$D$4");
    }

    @Test
    void putsTheRegionMatrixAndTheShareWithinRegions() {
      Sheet sheet = workbook.getSheet("Regions");
      RegionMatrix matrix = analysis.regionMatrix();
      for (int i = 0; i < matrix.regions().size(); i++) {
        Row row = sheet.getRow(4 + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(matrix.regions().get(i));
        for (int j = 0; j < matrix.regions().size(); j++) {
          assertThat(row.getCell(1 + j).getNumericCellValue()).isEqualTo(matrix.count(i, j));
        }
      }
      // Two of the five partnerships (Northtown–Easton, HYPERLINK–Westfield) stay in a region.
      assertThat(text(sheet)).contains("All partnerships | 2 | 3 | 40%");
    }

    @Test
    void opensWithTitleFindingsAndKeyFigures() {
      Sheet sheet = workbook.getSheet("Overview");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("City partnership network: synthetic-six");
      String text = text(sheet);
      for (String finding : Findings.of(analysis)) {
        assertThat(text).contains(finding);
      }
      assertThat(text)
          .contains("Cities | 6")
          .contains("Share of cities in the largest component | 83.3%")
          .contains("Modularity of the clusters | 0.220")
          .contains("Agreement of 10 starts (mean ARI) | 0.920")
          .contains("Agreement of 10 starts (mean NMI) | 0.950")
          .doesNotContain("gravity model")
          .contains("5,000–10,000 km | 4 | 80%")
          .contains("Northtown | DE | 40.0% | Northtown | DE | 3");
    }

    @Test
    void explainsTheMeasuresAndRecordsTheRun() {
      String text = text(workbook.getSheet("Method"));
      assertThat(text)
          .contains("betweenness | How often a city is the bridge")
          .contains("Brandes, U. (2001)")
          .contains("Traag, V. A., Waltman, L. & van Eck, N. J. (2019)")
          .contains("Karney, C. F. F. (2013)")
          .contains("Guimerà, R. & Amaral, L. A. N. (2005)")
          .contains("Nature 433, 895–900")
          .contains("Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126")
          .contains("Krackhardt, D. & Stern, R. N. (1988)")
          .contains("Expert, P., Evans, T. S., Blondel, V. D. & Lambiotte, R. (2011)")
          .contains("ei_index | ")
          .contains("cluster_spatial | ")
          .contains("--seed | 42")
          .contains("cities.csv\nSHA-256 " + "0".repeat(63) + "1")
          .contains("Data attribution | Synthetic test data made up for the tests.");
    }

    @Test
    void neverWritesAFormula() {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }

    @Test
    void marksTextThatLooksLikeAFormulaAsText() {
      Row hyperlink = workbook.getSheet("Cities").getRow(2);
      assertThat(hyperlink.getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(hyperlink.getCell(1).getStringCellValue()).isEqualTo(SyntheticNetworks.HYPERLINK);
      assertThat(hyperlink.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      Row westfield = workbook.getSheet("Cities").getRow(5);
      assertThat(westfield.getCell(1).getStringCellValue()).isEqualTo(SyntheticNetworks.WESTFIELD);
      assertThat(westfield.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      Row plain = workbook.getSheet("Cities").getRow(1);
      assertThat(plain.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void readsBackInOpenpyxlWithTablesAndTextCells() {
      ExternalTools.requirePythonModule("openpyxl", "python3-openpyxl");
      ExternalTools.Result r =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  "-W",
                  "ignore",
                  "src/test/python/check_workbook.py",
                  file.toString()),
              60);
      assertThat(r.exitCode()).as(r.output()).isZero();
      List<String> lines = r.output().lines().toList();
      assertThat(lines)
          .contains("sheets=" + String.join(",", SHEETS))
          .contains("table=Cities:Cities:A1:AD7", "table=Links:Links:A1:L6")
          .contains("table=Clusters:Clusters:A1:J4")
          .contains("freeze=Cities:C2", "freeze=Links:A2", "freeze=Clusters:A2")
          .contains("formula-like=Cities!B3:s:1:'=HYPERLINK(\"x\")'")
          .contains("formula-like=Cities!B6:s:1:'-Westfield'")
          .contains("formula-like=Cities!AD2:s:1:'@cityhall'")
          .contains("formula-like=Cities!AD5:s:1:'+254 desk'")
          .contains("formulas=0")
          .noneMatch(l -> l.startsWith("autofilter="));
      assertThat(lines.stream().filter(l -> l.startsWith("formula-like=")))
          .isNotEmpty()
          .allMatch(l -> l.contains(":s:1:"), "is a quote-prefixed string");
    }

    /** A point of a chart's cache: POI reads the x values of a scatter chart back as text. */
    private double number(Object point) {
      return Double.parseDouble(point.toString());
    }

    private XSSFTable table(String name) {
      return workbook.getSheet(name).getTables().stream()
          .filter(t -> t.getName().equals(name))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private CityMetrics cityById(String id) {
      return analysis.cities().stream()
          .filter(c -> c.city().id().equals(id))
          .findFirst()
          .orElseThrow();
    }
  }

  /** The six-city network written with a synthetic 400 × 200 map picture. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class MapOnTheOverview {
    Path dir;
    Path png;
    Path file;
    XSSFWorkbook workbook;

    @BeforeAll
    void write(@TempDir Path tempDir) throws IOException {
      dir = tempDir;
      png = picture(dir.resolve("six.png"), 400, 200);
      file = dir.resolve("six.xlsx");
      WorkbookWriter.write(SyntheticNetworks.sixCities(), file, png);
      try (InputStream in = Files.newInputStream(file)) {
        workbook = new XSSFWorkbook(in);
      }
    }

    @Test
    void embedsTheMapFileAsItIs() throws IOException {
      List<XSSFPicture> pictures = pictures(workbook.getSheet("Overview"));
      assertThat(pictures).hasSize(1);
      assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(Files.readAllBytes(png));
      assertThat(text(workbook.getSheet("Overview")))
          .contains("Network map")
          .contains("Full size: six.png.");
      for (String other : SHEETS.subList(1, SHEETS.size())) {
        assertThat(pictures(workbook.getSheet(other))).as(other).isEmpty();
      }
    }

    @Test
    void keepsTheMapsShapeAndFitsItWithinTheColumns() {
      CTDrawing drawing = workbook.getSheet("Overview").getDrawingPatriarch().getCTDrawing();
      assertThat(drawing.sizeOfOneCellAnchorArray()).isEqualTo(1);
      CTPositiveSize2D size = drawing.getOneCellAnchorArray(0).getExt();
      assertThat(size.getCy() * 2).isCloseTo(size.getCx(), Offset.offset(10L));
      // Columns A–G are 110 digits wide: 770 pixels, 577.5 points in Excel.
      assertThat(size.getCx()).isPositive().isLessThanOrEqualTo(Units.toEMU(577.5));
    }

    @Test
    void putsTheMapBetweenTheKeyFiguresAndTheTopCitiesOnTheFirstPage() {
      XSSFSheet sheet = workbook.getSheet("Overview");
      CTOneCellAnchor anchor = sheet.getDrawingPatriarch().getCTDrawing().getOneCellAnchorArray(0);
      int mapRow = anchor.getFrom().getRow();
      int figures = rowStarting(sheet, "Modularity of the clusters");
      int topCities = rowStarting(sheet, "Top 10 cities by betweenness (brokers)");
      assertThat(figures).isLessThan(mapRow);
      double below = 0;
      for (int r = mapRow; r < topCities; r++) {
        below += sheet.getRow(r).getHeightInPoints();
      }
      assertThat(below)
          .as("rows kept free under the map")
          .isGreaterThanOrEqualTo(anchor.getExt().getCy() / (double) Units.EMU_PER_POINT);
      int[] breaks = sheet.getRowBreaks();
      assertThat(breaks).isNotEmpty();
      assertThat(breaks[0]).as("first page ends under the map").isEqualTo(topCities - 1);
    }

    @Test
    void convertsInLibreOfficeWithTheFindingsAndTheMapOnTheFirstPage() throws IOException {
      ExternalTools.require("libreoffice", "libreoffice-calc");
      ExternalTools.require("pdfimages", "poppler-utils");
      Path pdf = LibreOffice.toPdf(file, dir);
      ExternalTools.Result images =
          ExternalTools.run(
              List.of("pdfimages", "-list", "-f", "1", "-l", "1", pdf.toString()), 60);
      assertThat(images.exitCode()).isZero();
      // A header line, a rule, then one line per image.
      assertThat(images.output().lines().skip(2).filter(l -> !l.isBlank())).hasSize(1);
      ExternalTools.Result page =
          ExternalTools.run(List.of("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-"), 60);
      String flat = page.output().replaceAll("\\s+", " ");
      List<String> findings = Findings.of(SyntheticNetworks.sixCities());
      assertThat(flat)
          .contains("City partnership network: synthetic-six", "Key findings", "Network map")
          .contains(findings.get(3))
          .contains(findings.get(5));
    }
  }

  @Nested
  class EdgeCases {
    @TempDir Path dir;

    @Test
    void writesANetworkWithoutPartnerships() throws IOException {
      Path file = dir.resolve("unlinked.xlsx");
      WorkbookWriter.write(SyntheticNetworks.withoutLinks(), file);
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        assertThat(workbook.getSheet("Links").getTables().get(0).getArea().formatAsString())
            .as("a table keeps one (empty) data row")
            .isEqualTo("A1:L2");
        assertThat(text(workbook.getSheet("Overview")))
            .contains(Findings.of(SyntheticNetworks.withoutLinks()).get(0))
            .contains("Without partnerships no city ranks above another.");
      }
    }

    @Test
    void suffixesAnExtraColumnThatRepeatsAKnownName() throws IOException {
      NetworkAnalysis six = SyntheticNetworks.sixCities();
      NetworkAnalysis clash = AnalysisCopies.withCityExtraColumns(six, List.of("Degree"));
      Path file = dir.resolve("clash.xlsx");
      WorkbookWriter.write(clash, file);
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        XSSFTable table = workbook.getSheet("Cities").getTables().get(0);
        assertThat(table.getColumns().get(29).getName()).isEqualTo("Degree_input");
        assertThat(workbook.getSheet("Cities").getRow(0).getCell(29).getStringCellValue())
            .isEqualTo("Degree_input");
      }
    }

    @Test
    void writesWithoutAMapWhenTheMapFileIsMissing() throws IOException {
      Path file = dir.resolve("nomap.xlsx");
      WorkbookWriter.write(SyntheticNetworks.sixCities(), file, dir.resolve("missing.png"));
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        assertThat(pictures(workbook.getSheet("Overview"))).isEmpty();
        assertThat(text(workbook.getSheet("Overview"))).doesNotContain("Network map");
      }
    }

    @Test
    void refusesAMapThatIsNotAPngAndWritesNothing() throws IOException {
      Path notPng = Files.writeString(dir.resolve("map.png"), "not an image");
      Path file = dir.resolve("study.xlsx");
      assertThatThrownBy(() -> WorkbookWriter.write(SyntheticNetworks.sixCities(), file, notPng))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("map.png is not a PNG image");
      assertThat(file).doesNotExist();
    }

    @Test
    void aMapThatCannotBeHadFailsTheWorkbookAndWritesNothing() {
      // as when the PNG the workbook waits for could not be drawn
      Path file = dir.resolve("study.xlsx");
      WorkbookWriter.MapImage failed =
          () -> {
            throw new IOException("study.png: disk full");
          };
      assertThatThrownBy(() -> WorkbookWriter.write(SyntheticNetworks.sixCities(), file, failed))
          .isInstanceOf(IOException.class)
          .hasMessage("study.png: disk full");
      assertThat(file).doesNotExist();
    }

    @Test
    void shrinksAMapTallerThanAPageOntoOnePage() throws IOException {
      Path file = dir.resolve("tall.xlsx");
      WorkbookWriter.write(
          SyntheticNetworks.sixCities(), file, picture(dir.resolve("tall.png"), 100, 400));
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        XSSFSheet sheet = workbook.getSheet("Overview");
        CTOneCellAnchor anchor =
            sheet.getDrawingPatriarch().getCTDrawing().getOneCellAnchorArray(0);
        assertThat(anchor.getExt().getCy())
            .isCloseTo(anchor.getExt().getCx() * 4, Offset.offset(10L));
        double height = anchor.getExt().getCy() / (double) Units.EMU_PER_POINT;
        assertThat(height).isLessThan(Pages.portraitRowPoints(110));
        int mapRow = anchor.getFrom().getRow();
        int end = mapRow;
        for (double covered = 0; covered < height - 0.1; end++) {
          covered += sheet.getRow(end).getHeightInPoints();
        }
        // No page break inside the rows the map covers.
        for (int b : sheet.getRowBreaks()) {
          assertThat(b < mapRow - 1 || b >= end - 1).as("break after row " + b).isTrue();
        }
      }
    }

    @Test
    void givesClustersBeyondThePaletteTheSharedGrey() throws IOException {
      Path file = dir.resolve("many.xlsx");
      WorkbookWriter.write(SyntheticNetworks.random(300, 400, 3), file);
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        Sheet clusters = workbook.getSheet("Clusters");
        assertThat(fill(clusters.getRow(1 + 8).getCell(0))).isEqualTo(ClusterPalette.rgb(8));
        for (int id = ClusterPalette.SIZE; id < 50; id++) {
          Cell cell = clusters.getRow(1 + id).getCell(0);
          assertThat(cell.getNumericCellValue()).isEqualTo(id);
          assertThat(fill(cell)).isEqualTo(ClusterPalette.OTHER_RGB);
        }
      }
    }

    @Test
    void writesANetworkWithOneCluster() throws IOException {
      Path file = dir.resolve("triangle.xlsx");
      WorkbookWriter.write(SyntheticNetworks.triangle(), file);
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        assertThat(text(workbook.getSheet("Overview"))).contains("single cluster of all 3 cities");
      }
    }
  }

  @Nested
  class Limits {
    @TempDir Path dir;

    @Test
    void cutsASheetAtTheRowLimitAndSaysWhereTheRestIs() throws IOException {
      Path file = dir.resolve("cut.xlsx");
      // 6 rows a sheet: header, 3 cities, a blank row and the note; the 5 links just fit.
      WorkbookWriter.write(SyntheticNetworks.sixCities(), file, 6);
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        XSSFSheet cities = workbook.getSheet("Cities");
        assertThat(cities.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:AD4");
        assertThat(cities.getLastRowNum()).isEqualTo(5);
        assertThat(cities.getRow(5).getCell(0).getStringCellValue())
            .isEqualTo(
                "Only the first 3 of 6 cities fit on this sheet (the row limit of Excel). The full"
                    + " list is in synthetic-six.gpkg (GeoPackage of the same run).");
        assertThat(workbook.getSheet("Links").getTables().get(0).getArea().formatAsString())
            .isEqualTo("A1:L6");
        assertThat(text(workbook.getSheet("Overview")))
            .contains("Note: the Cities sheet lists 3 of 6 cities, as many as Excel allows")
            .doesNotContain("the Links sheet lists");
      }
    }

    @Test
    void chartsTheRolesOfTheCitiesOfHighestBetweennessWhenThereAreTooManyToSee()
        throws IOException {
      Path file = dir.resolve("roles.xlsx");
      NetworkAnalysis analysis = SyntheticNetworks.random(3_000, 5_000, 11);
      WorkbookWriter.write(analysis, file);
      List<String> top =
          analysis.cities().stream()
              .sorted(java.util.Comparator.comparingDouble(CityMetrics::betweenness).reversed())
              .limit(2_000)
              .map(c -> c.city().id())
              .toList();
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
        XSSFChart chart = workbook.getSheet("Roles").getDrawingPatriarch().getCharts().get(0);
        assertThat(text(workbook.getSheet("Roles")))
            .contains(
                "The chart shows the 2,000 cities of highest betweenness, the first 2,000 rows of"
                    + " the Cities sheet; the table above counts all 3,000.");
        XDDFChartData.Series points = chart.getChartSeries().get(0).getSeries(0);
        assertThat(legend(points)).isEqualTo("top 2,000 of 3,000 cities by betweenness");
        assertThat(points.getCategoryData().getDataRangeReference())
            .isEqualTo("Cities!$U$2:$U$2001");
        assertThat(points.getValuesData().getDataRangeReference()).isEqualTo("Cities!$T$2:$T$2001");
        assertThat(points.getValuesData().getPointCount()).isEqualTo(2_000);
        Sheet cities = workbook.getSheet("Cities");
        List<String> charted = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
          Row row = cities.getRow(i + 1);
          charted.add(row.getCell(0).getStringCellValue());
          assertThat(points.getValuesData().getPointAt(i).doubleValue())
              .isEqualTo(row.getCell(19).getNumericCellValue());
          assertThat(Double.parseDouble(points.getCategoryData().getPointAt(i).toString()))
              .isEqualTo(row.getCell(20).getNumericCellValue());
        }
        assertThat(charted).containsExactlyInAnyOrderElementsOf(top);
      }
    }

    @Test
    void streamsRowsFarBeyondTheWindowKeptInMemory() throws IOException {
      // Only a window of rows stays in memory; these sheets flush it many times over.
      Path file = dir.resolve("large.xlsx");
      WorkbookWriter.write(SyntheticNetworks.random(3_000, 5_000, 7), file);
      Map<String, String> refs = tableRefs(file);
      assertThat(refs).containsEntry("Cities", "A1:AD3001").containsEntry("Links", "A1:L5001");
    }
  }

  @Nested
  class TargetFile {
    @TempDir Path dir;

    @Test
    void replacesAnOlderFileAndLeavesNoTemporaryFile() throws IOException {
      Path file = dir.resolve("study.xlsx");
      Files.writeString(file, "old");
      WorkbookWriter.write(SyntheticNetworks.triangle(), file);
      assertThat(Files.readAllBytes(file)).startsWith('P', 'K');
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(file);
      }
    }

    @Test
    void leavesTheTargetUntouchedWhenWritingFails() throws IOException {
      Path file = dir.resolve("study.xlsx");
      Files.writeString(file, "old");
      NetworkAnalysis six = SyntheticNetworks.sixCities();
      // Four region names but a 1 × 1 matrix: the Regions sheet fails halfway through the write.
      NetworkAnalysis broken =
          AnalysisCopies.withRegionMatrix(
              six, new RegionMatrix(six.regionMatrix().regions(), new int[][] {{1}}));
      assertThatThrownBy(() -> WorkbookWriter.write(broken, file))
          .isInstanceOf(ArrayIndexOutOfBoundsException.class);
      assertThat(Files.readString(file)).isEqualTo("old");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(file);
      }
    }

    @Test
    void writesTheSameSheetsForTheSameInput() throws IOException {
      Path first = dir.resolve("first.xlsx");
      Path second = dir.resolve("second.xlsx");
      WorkbookWriter.write(SyntheticNetworks.sixCities(), first);
      WorkbookWriter.write(SyntheticNetworks.sixCities(), second);
      assertThat(parts(second)).isEqualTo(parts(first));
    }
  }

  /** A scatter series' legend entry. */
  static String legend(XDDFChartData.Series series) {
    return ((XDDFScatterChartData.Series) series).getCTScatterSer().getTx().getV();
  }

  /** Every cell's shown text, cells joined by " | ", rows by newlines. */
  static String text(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
    StringBuilder s = new StringBuilder();
    for (Row row : sheet) {
      List<String> values = new ArrayList<>();
      for (Cell cell : row) {
        String v = formatter.formatCellValue(cell);
        if (!v.isEmpty()) {
          values.add(v);
        }
      }
      s.append(String.join(" | ", values)).append('\n');
    }
    return s.toString();
  }

  private static String format(Cell cell) {
    return new DataFormatter(java.util.Locale.UK).formatCellValue(cell);
  }

  /** Table name to range, read from the package without loading the sheets. */
  private static Map<String, String> tableRefs(Path file) throws IOException {
    Map<String, String> refs = new LinkedHashMap<>();
    Pattern table = Pattern.compile("<table [^>]*?ref=\"([^\"]+)\"[^>]*?name=\"([^\"]+)\"");
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/tables/")) {
          String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = table.matcher(xml);
          if (m.find()) {
            refs.put(m.group(2), m.group(1));
          }
        }
      }
    }
    return refs;
  }

  /** The workbook's parts (sheets, tables, charts, styles) by name, with their bytes. */
  private static Map<String, List<Byte>> parts(Path file) throws IOException {
    Map<String, List<Byte>> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/")) {
          byte[] bytes = zip.getInputStream(e).readAllBytes();
          List<Byte> list = new ArrayList<>(bytes.length);
          for (byte b : bytes) {
            list.add(b);
          }
          parts.put(e.getName(), list);
        }
      }
    }
    return parts;
  }

  /** Writes a synthetic picture: a blue rectangle with a diagonal line. */
  static Path picture(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x5B9BD5));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.drawLine(0, 0, width, height);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private static List<XSSFPicture> pictures(Sheet sheet) {
    XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
    if (drawing == null) {
      return List.of();
    }
    return drawing.getShapes().stream()
        .filter(XSSFPicture.class::isInstance)
        .map(XSSFPicture.class::cast)
        .toList();
  }

  /** The index of the first row whose first cell holds {@code text}. */
  private static int rowStarting(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row starts with " + text);
  }

  /** A cell's fill colour as 0xRRGGBB. */
  static int fill(Cell cell) {
    return rgb(((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getRGB());
  }

  private static int fontRgb(Cell cell) {
    return rgb(((XSSFCellStyle) cell.getCellStyle()).getFont().getXSSFColor().getRGB());
  }

  private static int rgb(byte[] rgb) {
    return (rgb[0] & 0xFF) << 16 | (rgb[1] & 0xFF) << 8 | rgb[2] & 0xFF;
  }
}
